package org.turath.accounts;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

import java.util.Set;

/**
 * How a module says who may use its routes ({@link RouteRules}): anyone, anyone signed in, or some roles. Anything
 * a controller serves that no module's rule names is refused to everyone (deny by default); a path no controller
 * serves is left to answer 404. {@code RouteAccessTests} checks every registered route for every role and for
 * anonymous visitors.
 */
public final class RouteAccess {

    /**
     * Who may use a route (any method when {@code method} is null): anyone, anyone signed in, or the listed roles.
     * {@code query}: a POST that only reads (a protocol that allows its questions by POST, such as OAI-PMH), so it
     * carries no form token.
     */
    public record Rule(HttpMethod method, String pattern, boolean anyone, boolean signedIn, Set<Role> roles, boolean query) {

        public boolean allows(Set<Role> held, boolean authenticated) {
            return anyone || (authenticated && (signedIn || held.stream().anyMatch(roles::contains)));
        }

        /** The requests the rule applies to; HEAD wherever GET (a HEAD is a GET without its body, answered so). */
        public List<RequestMatcher> matchers() {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            if (method == null) {
                return List.of(paths.matcher(pattern));
            }
            return method == HttpMethod.GET ? List.of(paths.matcher(HttpMethod.GET, pattern), paths.matcher(HttpMethod.HEAD, pattern))
                    : List.of(paths.matcher(method, pattern));
        }
    }

    /** The language prefix of every page. */
    public static final String LANG = "/{lang:ar|en|fr}";

    private RouteAccess() {
    }

    public static Rule anyone(HttpMethod method, String pattern) {
        return new Rule(method, pattern, true, false, Set.of(), false);
    }

    /** Open to anyone by POST as well as GET, for a question that changes nothing: no form token is asked for. */
    public static Rule anyoneAsking(String pattern) {
        return new Rule(HttpMethod.POST, pattern, true, false, Set.of(), true);
    }

    public static Rule signedIn(HttpMethod method, String pattern) {
        return new Rule(method, pattern, false, true, Set.of(), false);
    }

    public static Rule roles(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, false, false, Set.of(roles), false);
    }
}
