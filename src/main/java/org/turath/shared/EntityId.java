package org.turath.shared;

import java.util.UUID;

/**
 * The id of one kind of aggregate (a nomination file, an activity…) as a type of its own, so that a
 * method taking a file's id and a session's id cannot be given them swapped. Each is a record over a
 * UUID whose {@code toString()} is the UUID (ids go into addresses as they are); the web layer
 * converts a path variable to any of them, and anything but a UUID there is a page that does not exist.
 */
public interface EntityId {

    UUID value();

    /** The UUID {@code text} spells; an {@link IllegalArgumentException} for anything else. */
    static UUID parse(String text) {
        if (text == null || text.length() != 36) {
            throw new IllegalArgumentException("not an id");
        }
        return UUID.fromString(text);
    }
}
