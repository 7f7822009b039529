package org.turath.collections;

import org.turath.shared.LocalizedText;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules (an exhibition) ask of the collections: whether an object exists, and a published one as shown. */
public interface CollectionsApi {

    /** A ready image of a published object, served at {@code /iiif/3/{id}}. */
    record ShownImage(UUID id, int width, int height, String credit, String rights, LocalizedText alt) {
    }

    /** A published object with its ready images, in their order. */
    record ShownObject(String reference, LocalizedText title, LocalizedText objectType, UUID museumId, boolean demonstration,
                       boolean rightToLeft, List<ShownImage> images) {

        public ShownObject {
            images = List.copyOf(images);
        }
    }

    /** Whether an object (published or not) has the address {@code reference}. */
    boolean exists(String reference);

    Optional<ShownObject> shown(String reference);
}
