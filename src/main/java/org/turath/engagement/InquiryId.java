package org.turath.engagement;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a question sent to the centre. */
public record InquiryId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
