package org.turath.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.turath.web.BrowserCookies;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.shared.Language;
import org.turath.web.LanguagePaths;
import org.turath.web.PathLanguageResolver;

import java.io.IOException;

/**
 * Where sign-in, its failures and sign-out lead, in the reader's language: the sign-in page of the
 * page's language, back to the page asked for, or to the person's workspace in the language of the page they signed in from.
 */
@Component
public class SignInFlow implements AuthenticationEntryPoint, AuthenticationSuccessHandler, AuthenticationFailureHandler,
        LogoutSuccessHandler {

    /** The session attribute of a sign-in whose password was right and that waits for its code. */
    static final String PENDING = SignInFlow.class.getName() + ".pending";
    private static final int CODE_ATTEMPTS = 5;

    /** How long a right password waits for its code. */
    private static final java.time.Duration CODE_WAIT = java.time.Duration.ofMinutes(5);

    /** A sign-in waiting for its second factor: whose, since when, and how many codes were tried. */
    record Pending(String email, java.time.Instant since, int attempts) implements java.io.Serializable {
    }

    /**
     * The address a visitor asked for before being sent to sign in, kept in their browser (a cookie of the path and
     * query, checked to stay on this site when used), never in a session: an anonymous request creates no server state.
     */
    static final String NEXT_COOKIE = "TURATH_NEXT";
    private static final int NEXT_MAX_LENGTH = 2000;
    private final AuditLog audit;
    private final AccountLifecycle lifecycle;
    private final SecurityContextRepository contexts;
    private final AccountUserDetails userDetails;
    private final TrustedBrowsers browsers;

    SignInFlow(AuditLog audit, AccountLifecycle lifecycle, SecurityContextRepository contexts,
               AccountUserDetails userDetails, TrustedBrowsers browsers) {
        this.browsers = browsers;
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.contexts = contexts;
        this.userDetails = userDetails;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && asked.length() <= NEXT_MAX_LENGTH
                && onThisSite(asked)) {
            BrowserCookies.set(request, response, NEXT_COOKIE, java.net.URLEncoder.encode(asked, java.nio.charset.StandardCharsets.UTF_8),
                    java.time.Duration.ofMinutes(30));
        }
        response.sendRedirect("/" + languageOf(request).tag() + "/login");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (lifecycle.usesSecondFactor(authentication.getName())) {
            // the password was right; the person is not signed in until the code is too
            SecurityContextHolder.clearContext();
            contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            request.getSession().setAttribute(PENDING, new Pending(authentication.getName(), java.time.Instant.now(), 0));
            response.sendRedirect("/" + languageOf(request).tag() + "/login/code");
            return;
        }
        audit.recordBy(authentication.getName(), AuditType.SIGN_IN, authentication.getName(), "password");
        proceed(request, response, authentication);
    }

    /** Whether a sign-in waits for its code in this session. */
    public boolean codePending(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof Pending pending
                && pending.since().plus(CODE_WAIT).isAfter(java.time.Instant.now());
    }

    /**
     * Completes a sign-in waiting for its code: signed in (new session id) when the code is right;
     * else says so, and after five wrong codes the sign-in starts over. Returns false when the code was wrong.
     */
    public boolean completeWithCode(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        var session = request.getSession(false);
        if (!codePending(request) || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            response.sendRedirect("/" + languageOf(request).tag() + "/login");
            return true;
        }
        if (!lifecycle.acceptCode(pending.email(), code)) {
            if (pending.attempts() + 1 >= CODE_ATTEMPTS) {
                session.removeAttribute(PENDING);
                response.sendRedirect("/" + languageOf(request).tag() + "/login?error");
                return true;
            }
            session.setAttribute(PENDING, new Pending(pending.email(), pending.since(), pending.attempts() + 1));
            return false;
        }
        session.removeAttribute(PENDING);
        var details = userDetails.loadUserByUsername(pending.email());
        if (!details.isEnabled() || !details.isAccountNonLocked()) {
            // disabled or paused while the code was awaited
            response.sendRedirect("/" + languageOf(request).tag() + "/login?error");
            return true;
        }
        var authentication = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                details, null, details.getAuthorities());
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.recordBy(pending.email(), AuditType.SIGN_IN, pending.email(), "password and code");
        proceed(request, response, authentication);
        return true;
    }

    private void proceed(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        browsers.remember(request, response, authentication.getName());
        jakarta.servlet.http.Cookie next = org.springframework.web.util.WebUtils.getCookie(request, NEXT_COOKIE);
        if (next != null) {
            BrowserCookies.clear(request, response, NEXT_COOKIE);
            String asked;
            try {
                asked = java.net.URLDecoder.decode(next.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                asked = "";
            }
            if (onThisSite(asked)) {
                response.sendRedirect(asked);
                return;
            }
        }
        // the language of the page signed in from, and the place the person works from
        response.sendRedirect("/" + languageOf(request).tag() + workspace(org.turath.accounts.Actor.of(authentication)
                .map(org.turath.accounts.Actor::roles).orElse(java.util.Set.of())));
    }

    /**
     * Where a person lands after signing in: the nomination desk for the secretariat, focal points, experts and the
     * Committee (each sees their own queue, files or assignments there), the List for editors, the trainings for
     * trainers, the back office for administrators, and their account for everyone else.
     */
    static String workspace(java.util.Set<org.turath.accounts.Role> roles) {
        if (roles.stream().anyMatch(java.util.EnumSet.of(org.turath.accounts.Role.SECRETARIAT, org.turath.accounts.Role.FOCAL_POINT,
                org.turath.accounts.Role.EVALUATOR, org.turath.accounts.Role.COMMITTEE_MEMBER)::contains)) {
            return "/admin/nominations";
        }
        if (roles.contains(org.turath.accounts.Role.EDITOR)) {
            return "/admin/heritage";
        }
        if (roles.contains(org.turath.accounts.Role.TRAINER)) {
            return "/admin/trainings";
        }
        return roles.contains(org.turath.accounts.Role.ADMIN) ? "/admin" : "/account";
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // one answer for every failure — wrong password, unknown, disabled or paused account — so that the answer
        // tells nobody which accounts exist
        response.sendRedirect("/" + languageOf(request).tag() + "/login?error");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication != null) {
            audit.recordBy(authentication.getName(), AuditType.SIGN_OUT, authentication.getName(), null);
        }
        response.sendRedirect("/" + languageOf(request).tag() + "/");
    }

    /** A path on this site (not {@code //host} nor {@code /\\host}, which browsers read as another site). */
    static boolean onThisSite(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && path.chars().noneMatch(c -> c < 0x20);
    }

    /** The language of the page, of the form (its {@code lang} field), or of the browser. */
    static Language languageOf(HttpServletRequest request) {
        return Language.fromTag(request.getParameter("lang"))
                .or(() -> LanguagePaths.languageOf(LanguagePaths.requestedPath(request)))
                .orElseGet(() -> PathLanguageResolver.preferred(request));
    }
}
