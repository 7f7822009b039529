package org.turath.nominations.internal;

import java.time.Instant;

/** Someone changed the file since the person opened it: nothing was saved. */
public class StaleFileException extends RuntimeException {

    private final String by;
    private final Instant at;

    public StaleFileException(String by, Instant at) {
        super("The file changed since it was opened");
        this.by = by;
        this.at = at;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
