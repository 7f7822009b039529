package org.turath.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token lives: in the session for anyone who has one (signed-in people), so that a token planted
 * in a browser's cookie is worth nothing against that session; in a cookie only for anonymous visitors, whose
 * forms ("ask us", a registration, the sign-in itself) must not create a session row just to carry a token.
 */
class SessionBoundCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    SessionBoundCsrfTokens() {
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        // one parameter and header name, wherever the token is kept
        sessions.setHeaderName("X-XSRF-TOKEN");
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return cookies.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
            if (token != null && cookies.loadToken(request) != null) {
                // the anonymous token the browser held before signing in is of no use any more
                cookies.saveToken(null, request, response);
            }
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? sessions.loadToken(request) : cookies.loadToken(request);
    }
}
