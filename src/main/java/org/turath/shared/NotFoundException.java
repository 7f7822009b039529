package org.turath.shared;

/** Something a reader asked for by its identifier does not exist (or is not public). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
