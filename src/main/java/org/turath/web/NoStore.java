package org.turath.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/** Pages no cache may keep: a person's own pages and the back office, sign-in steps and mailed links. */
public final class NoStore {

    private NoStore() {
    }

    /** A page with someone's own data (their account, the back office). */
    public static void personal(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /** A step of signing in or of a mailed link. */
    public static void always(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
