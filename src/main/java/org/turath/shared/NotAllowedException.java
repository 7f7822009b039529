package org.turath.shared;

/** The person may see the thing but not do this to it; answered with a translated 403. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException() {
        super("not allowed");
    }
}
