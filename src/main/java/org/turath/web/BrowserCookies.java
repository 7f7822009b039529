package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import java.time.Duration;

/**
 * What the portal keeps in a visitor's browser instead of on the server (where to go after signing in, the pages
 * a survey was answered for, the browsers a person signed in from): HttpOnly, SameSite=Lax, for the whole site,
 * Secure whenever the request came over https.
 */
public final class BrowserCookies {

    private BrowserCookies() {
    }

    /** Whether the request carries a cookie named {@code name}. */
    public static boolean has(HttpServletRequest request, String name) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    public static void set(HttpServletRequest request, HttpServletResponse response, String name, String value, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(name, value).path("/").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").maxAge(maxAge).build().toString());
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response, String name) {
        set(request, response, name, "", Duration.ZERO);
    }
}
