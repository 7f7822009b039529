package org.turath.fund.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.turath.files.KeptPhotograph;

import java.util.UUID;

/** A photograph of a funded project's work, shown on its public page. */
@Entity
@Table(name = "fund_photo")
public class ProjectPhoto extends KeptPhotograph {

    @Column(name = "request_id")
    private UUID requestId;

    protected ProjectPhoto() {
    }

    public ProjectPhoto(UUID requestId, int position, Made made) {
        super(position, made);
        this.requestId = requestId;
    }

    public UUID requestId() {
        return requestId;
    }
}
