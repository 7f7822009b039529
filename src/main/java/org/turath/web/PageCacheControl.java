package org.turath.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;

import java.io.IOException;

/**
 * What a browser or a shared cache (a CDN, a proxy) may do with a page: by default keep it and ask again
 * each time ({@code no-cache}), so a repeat visit costs a 304 against the page's ETag. A page for someone
 * with a session, or one that starts a session (sets a cookie), is {@code private, no-cache}: no shared
 * cache keeps a page with a person's name, form tokens or cookie. A page that says otherwise itself
 * ({@link NoStore}) wins. Runs before the session filter, so it sees the cookie that filter sets.
 */
final class PageCacheControl extends HttpFilter {

    static final String SHARED = "no-cache";
    static final String PRIVATE = "private, no-cache";

    private final String sessionCookie;

    PageCacheControl(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, BrowserCookies.has(request, sessionCookie) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                ? PRIVATE : SHARED);
        chain.doFilter(request, new CookieWatch(response));
    }

    /** Turns the shared default private as soon as the answer sets a cookie. */
    private static final class CookieWatch extends HttpServletResponseWrapper {

        CookieWatch(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            goPrivate();
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                goPrivate();
            }
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                goPrivate();
            }
            super.setHeader(name, value);
        }

        private void goPrivate() {
            if (SHARED.equals(getHeader(HttpHeaders.CACHE_CONTROL))) {
                setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
        }
    }
}
