package org.turath.accounts.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most so many posts a minute from one address (Bucket4j): sign-in attempts
 * ({@code turath.security.login-attempts-per-minute}, on top of the per-account lock) and the
 * public account forms (password reset, activation links). The table of addresses is bounded: the least recently seen are forgotten first.
 */
class LoginRateLimit extends OncePerRequestFilter {

    private static final int ADDRESSES_REMEMBERED = 10_000;

    private final int attemptsPerMinute;
    private final java.util.function.Predicate<HttpServletRequest> applies;
    private final java.util.function.Function<HttpServletRequest, String> refusedTo;

    /** Limits sign-in attempts, sending the refused back to the sign-in page. */
    LoginRateLimit(int attemptsPerMinute) {
        this(attemptsPerMinute, request -> "/login".equals(request.getServletPath()),
                request -> "/" + SignInFlow.languageOf(request).tag() + "/login?throttled");
    }

    /** Limits the posts {@code applies} to, sending the refused to the page {@code refusedTo} names. */
    LoginRateLimit(int attemptsPerMinute, java.util.function.Predicate<HttpServletRequest> applies,
                   java.util.function.Function<HttpServletRequest, String> refusedTo) {
        this.attemptsPerMinute = attemptsPerMinute;
        this.applies = applies;
        this.refusedTo = refusedTo;
    }

    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > ADDRESSES_REMEMBERED;
        }
    };

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && applies.test(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(attemptsPerMinute).refillGreedy(attemptsPerMinute, Duration.ofMinutes(1)).build())
                    .build());
        }
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(refusedTo.apply(request));
        }
    }
}
