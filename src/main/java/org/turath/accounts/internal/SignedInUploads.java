package org.turath.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;

/**
 * Multipart bodies only from signed-in people. Uploads happen in the back office only (the request guard
 * refuses them elsewhere), but the CSRF check reads the form's token out of the body, which makes the
 * container read and store the whole upload first: without this, anyone could have 100 MB written to disk
 * on any back-office address before being refused. The one public upload ("check an object" takes a visitor's
 * photograph) is let through: the request guard has already held it to a small length it must state.
 */
class SignedInUploads extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST
                && org.turath.web.RequestGuard.multipart(request) && !org.turath.web.RequestGuard.publicUpload(request)) {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
