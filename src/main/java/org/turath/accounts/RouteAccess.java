package org.turath.accounts;

import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

/**
 * The one place that says who may use which route. Anything a controller serves that is not
 * listed here is refused to everyone (deny by default); a path no controller serves is left to
 * answer 404. {@code RouteAccessTests} checks every registered route against this table for every
 * role and for anonymous visitors.
 */
public final class RouteAccess {

    /** Who may use a route (any method when {@code method} is null): anyone, anyone signed in, or the listed roles. */
    public record Rule(HttpMethod method, String pattern, boolean anyone, boolean signedIn, Set<Role> roles) {

        public boolean allows(Set<Role> held, boolean authenticated) {
            return anyone || (authenticated && (signedIn || held.stream().anyMatch(roles::contains)));
        }
    }

    private static final String LANG = "/{lang:ar|en|fr}";

    public static final List<Rule> RULES = List.of(
            // public pages and what they load
            anyone(HttpMethod.GET, "/"),
            anyone(HttpMethod.GET, LANG),
            anyone(HttpMethod.GET, LANG + "/"),
            anyone(HttpMethod.GET, LANG + "/heritage"),
            anyone(HttpMethod.GET, LANG + "/heritage/*"),
            anyone(HttpMethod.GET, LANG + "/states"),
            anyone(HttpMethod.GET, LANG + "/states/*"),
            anyone(HttpMethod.GET, LANG + "/search"),
            anyone(HttpMethod.GET, LANG + "/search/suggest"),
            anyone(HttpMethod.GET, LANG + "/map"),
            anyone(HttpMethod.GET, LANG + "/login"),
            anyone(HttpMethod.POST, "/login"),
            // error pages are also reached by internal error dispatches of any method
            anyone(null, "/error"),
            anyone(HttpMethod.GET, "/webjars/**"),
            anyone(HttpMethod.GET, "/css/**"),
            anyone(HttpMethod.GET, "/js/**"),
            anyone(HttpMethod.GET, "/geo/**"),
            anyone(HttpMethod.GET, "/favicon.ico"),
            // open data
            anyone(HttpMethod.GET, "/api/v1/**"),
            anyone(HttpMethod.GET, "/v3/api-docs"),
            anyone(HttpMethod.GET, "/v3/api-docs/**"),
            anyone(HttpMethod.GET, "/v3/api-docs.yaml"),
            anyone(HttpMethod.GET, "/api/docs"),
            anyone(HttpMethod.GET, "/swagger-ui/**"),
            anyone(HttpMethod.GET, "/swagger-ui.html"),
            // probes
            anyone(HttpMethod.GET, "/actuator/health"),
            anyone(HttpMethod.GET, "/actuator/health/**"),
            anyone(HttpMethod.GET, "/actuator/info"),
            // people signed in
            signedIn(HttpMethod.GET, LANG + "/account"),
            signedIn(HttpMethod.POST, "/logout"));

    private RouteAccess() {
    }

    private static Rule anyone(HttpMethod method, String pattern) {
        return new Rule(method, pattern, true, false, Set.of());
    }

    private static Rule signedIn(HttpMethod method, String pattern) {
        return new Rule(method, pattern, false, true, Set.of());
    }

    static Rule roles(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, false, false, Set.of(roles));
    }
}
