package org.turath.library;

/** A request the library refuses, with a code pages turn into a translated message ({@code library.problem.<code>}). */
public class LibraryException extends RuntimeException {

    private final String code;

    public LibraryException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
