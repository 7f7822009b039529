package org.turath.accounts.internal;

import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.turath.accounts.RouteAccess;
import org.turath.web.RouteIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The modules' access rules, the first rule whose route matches deciding, as Spring Security's list of request
 * matchers would — but each request is tried only against the rules its path can match ({@link RouteIndex}), not the
 * five hundred of them in turn. A request no rule names goes to {@code otherwise}.
 */
final class IndexedRouteRules implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthorizationManager<RequestAuthorizationContext> ANYONE = (authentication, context) -> new AuthorizationDecision(true);

    /** One rule's matcher (a method and a path) and who it lets through. */
    private record Entry(RequestMatcher matcher, String pattern, AuthorizationManager<RequestAuthorizationContext> decision) {
    }

    private final RouteIndex<Entry> index;
    private final AuthorizationManager<RequestAuthorizationContext> otherwise;

    IndexedRouteRules(List<RouteAccess.Rule> rules, AuthorizationManager<RequestAuthorizationContext> otherwise) {
        List<Entry> entries = new ArrayList<>();
        for (RouteAccess.Rule rule : rules) {
            AuthorizationManager<RequestAuthorizationContext> decision = rule.anyone() ? ANYONE
                    : rule.signedIn() ? AuthenticatedAuthorizationManager.authenticated()
                    : AuthorityAuthorizationManager.hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
            for (RequestMatcher matcher : rule.matchers()) {
                entries.add(new Entry(matcher, rule.pattern(), decision));
            }
        }
        this.index = RouteIndex.of(entries, entry -> List.of(entry.pattern()));
        this.otherwise = otherwise;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        for (Entry entry : index.candidates(context.getRequest()).orElse(index.all())) {
            if (entry.matcher().matches(context.getRequest())) {
                return entry.decision().authorize(authentication, context);
            }
        }
        return otherwise.authorize(authentication, context);
    }
}
