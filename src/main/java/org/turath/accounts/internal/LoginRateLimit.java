package org.turath.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.turath.throttling.Throttle;

import java.io.IOException;
import java.time.Duration;

/**
 * At most so many posts a minute from one address (Bucket4j): sign-in attempts
 * ({@code turath.security.login-attempts-per-minute}, on top of the per-account lock) and the
 * public account forms (password reset, activation links), each with a budget of its own in the {@link Throttle}.
 */
class LoginRateLimit extends OncePerRequestFilter {

    private final Throttle throttle;
    private final String action;
    private final int attemptsPerMinute;
    private final java.util.function.Predicate<HttpServletRequest> applies;
    private final java.util.function.Function<HttpServletRequest, String> refusedTo;

    /** Limits sign-in attempts, sending the refused back to the sign-in page. */
    LoginRateLimit(Throttle throttle, int attemptsPerMinute) {
        this(throttle, "sign-in", attemptsPerMinute, request -> "/login".equals(request.getServletPath()),
                request -> "/" + SignInFlow.languageOf(request).tag() + "/login?throttled");
    }

    /** Limits the posts {@code applies} to, sending the refused to the page {@code refusedTo} names. */
    LoginRateLimit(Throttle throttle, String action, int attemptsPerMinute, java.util.function.Predicate<HttpServletRequest> applies,
                   java.util.function.Function<HttpServletRequest, String> refusedTo) {
        this.throttle = throttle;
        this.action = action;
        this.attemptsPerMinute = attemptsPerMinute;
        this.applies = applies;
        this.refusedTo = refusedTo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && applies.test(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.allow(action, request.getRemoteAddr(), attemptsPerMinute, Duration.ofMinutes(1))) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(refusedTo.apply(request));
        }
    }
}
