package org.turath.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.turath.accounts.RouteAccess;

import java.util.function.Supplier;

/**
 * Spring Security from every module's {@link org.turath.accounts.RouteRules}: form sign-in on the language pages, Argon2 hashes,
 * CSRF on every form, a strict Content-Security-Policy with no inline script, and deny by default.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final java.util.regex.Pattern ACCOUNT_FORMS =
            java.util.regex.Pattern.compile("/(ar|en|fr)/(password/forgot|password/reset|account/activate|account/email/confirm)");

    /**
     * No observation around each of the security chain's filters, sign-ins and decisions: nothing collects
     * traces here, and the wrapping cost every request (HTTP request metrics stay). A property that only
     * silences the observations leaves the wrapping in place; this removes it.
     */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /** Where signed-in state lives (the session, stored in the database); shared with the second-factor step. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /**
     * Argon2. A typed password that is not valid text (a lone UTF-16 surrogate, which no keyboard
     * makes) matches nothing instead of failing the sign-in with an error — found by the hostile-input corpus.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                if (!wellFormed(raw)) {
                    throw new IllegalArgumentException("A password must be valid text");
                }
                return argon2.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return wellFormed(raw) && argon2.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return argon2.upgradeEncoding(encoded);
            }
        };
    }

    /** Whether every surrogate in {@code text} is paired (the text can be encoded as UTF-8). */
    static boolean wellFormed(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The password is checked before the account's state (disabled, not yet activated, paused), so that every
     * sign-in costs one password comparison and takes the same time whatever the account; the state is checked
     * only once the password was right, and answered like a wrong one.
     */
    @Bean
    org.springframework.security.authentication.dao.DaoAuthenticationProvider authenticationProvider(AccountUserDetails users,
                                                                                                    PasswordEncoder passwords) {
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(account -> { });
        provider.setPostAuthenticationChecks(new org.springframework.security.authentication.AccountStatusUserDetailsChecker());
        return provider;
    }

    /** Where CSRF tokens are kept ({@link SessionBoundCsrfTokens}). */
    @Bean
    org.springframework.security.web.csrf.CsrfTokenRepository csrfTokens() {
        return new SessionBoundCsrfTokens();
    }

    /** Only with the web server: the command-line tasks (import, reindex…) run without one. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
            type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInFlow signIn, SecurityContextRepository contexts,
                                            org.springframework.security.web.csrf.CsrfTokenRepository csrfTokens,
                                            java.util.List<org.turath.accounts.RouteRules> modules, org.turath.throttling.Throttle throttle,
                                            @org.springframework.beans.factory.annotation.Value("${turath.security.login-attempts-per-minute:10}") int attemptsPerMinute,
                                            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes)
            throws Exception {
        // the first rule whose route matches decides, each request tried only against the rules its path can match
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().access(new IndexedRouteRules(
                modules.stream().flatMap(module -> module.rules().stream()).toList(), unlistedRoutes(routes))));
        http.formLogin(form -> form.loginPage("/ar/login").loginProcessingUrl("/login").usernameParameter("email")
                .successHandler(signIn).failureHandler(signIn).permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signIn));
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(signIn));
        // the address asked for before signing in is kept in the browser (SignInFlow), never in a session
        http.requestCache(cache -> cache.requestCache(new org.springframework.security.web.savedrequest.NullRequestCache()));
        http.securityContext(context -> context.securityContextRepository(contexts));
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // the CSRF token lives in the session of those who have one and in a cookie for anonymous visitors: a visitor
        // who only reads a page with a form ("ask us", a training's registration) leaves no session row behind (the soak
        // benchmark saw 7,600 rows in four minutes with every token in a session), while a token planted in a signed-in
        // person's cookie is worth nothing against their session
        // not on the container's error dispatch: it only draws the error page of a request refused before (whose
        // parameters may be what could not be read), and a POST there would be checked a second time
        // nor on a POST that only asks (RouteAccess.anyoneAsking: OAI-PMH): it changes nothing a token would protect
        java.util.List<org.springframework.security.web.util.matcher.RequestMatcher> questions = modules.stream()
                .flatMap(module -> module.rules().stream()).filter(RouteAccess.Rule::query)
                .flatMap(rule -> rule.matchers().stream()).toList();
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).requireCsrfProtectionMatcher(request ->
                request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR
                        && org.springframework.security.web.csrf.CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                        && questions.stream().noneMatch(question -> question.matches(request))));
        // an upload is read (and written to disk) only for a signed-in person: the CSRF check that follows reads the
        // form's token, and with it the whole multipart body
        http.addFilterBefore(new SignedInUploads(), org.springframework.security.web.csrf.CsrfFilter.class);
        // not a bean, so the servlet container does not run it a second time outside the chain
        http.addFilterBefore(new LoginRateLimit(throttle, attemptsPerMinute), UsernamePasswordAuthenticationFilter.class);
        // the account links' forms can send mail or try secrets: same budget, kept apart from sign-in
        http.addFilterBefore(new LoginRateLimit(throttle, "account-forms", attemptsPerMinute,
                        request -> ACCOUNT_FORMS.matcher(request.getServletPath()).matches(),
                        request -> request.getServletPath() + "?throttled"),
                UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // public pages carry ETags; pages with personal data set no-store themselves
                .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /** A route a controller serves but the table does not list is refused; a path nothing serves falls through to 404. */
    private static AuthorizationManager<RequestAuthorizationContext> unlistedRoutes(RequestMappingHandlerMapping routes) {
        return new AuthorizationManager<>() {
            /** The routes, read once: they do not change after start (a copy of the table each time cost every unlisted request). */
            private volatile java.util.List<RequestMappingInfo> served;

            @Override
            public AuthorizationDecision authorize(Supplier<? extends org.springframework.security.core.Authentication> authentication,
                                                   RequestAuthorizationContext context) {
                HttpServletRequest request = context.getRequest();
                if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                    ServletRequestPathUtils.parseAndCache(request);
                }
                if (served == null) {
                    served = java.util.List.copyOf(routes.getHandlerMethods().keySet());
                }
                for (RequestMappingInfo route : served) {
                    if (route.getMatchingCondition(request) != null) {
                        return new AuthorizationDecision(false);
                    }
                }
                return new AuthorizationDecision(true);
            }
        };
    }
}
