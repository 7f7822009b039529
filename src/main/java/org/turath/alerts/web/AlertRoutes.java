package org.turath.alerts.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteAccess;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/**
 * Alerts: the public pages, the feed, the API, "check an object" and the photographs of public alerts for anyone; the
 * back office for curators, focal points and the secretariat, the verification and the status for the secretariat.
 */
@Component
class AlertRoutes implements RouteRules {

    private static final Role[] KEEPERS = {Role.ADMIN, Role.SECRETARIAT};
    private static final Role[] REPORTERS = {Role.ADMIN, Role.SECRETARIAT, Role.MUSEUM_CURATOR, Role.FOCAL_POINT};

    @Override
    public List<RouteAccess.Rule> rules() {
        return List.of(
                anyone(HttpMethod.GET, LANG + "/alerts"),
                anyone(HttpMethod.GET, LANG + "/alerts/*"),
                anyone(HttpMethod.POST, LANG + "/alerts/check"),
                anyone(HttpMethod.GET, "/alerts/photos/*"),
                anyone(HttpMethod.GET, "/alerts/photos/*/thumb"),
                anyone(HttpMethod.GET, "/api/v1/alerts"),
                anyone(HttpMethod.GET, "/api/v1/alerts/*"),
                roles(HttpMethod.GET, LANG + "/admin/alerts", REPORTERS),
                roles(HttpMethod.GET, LANG + "/admin/alerts/*", REPORTERS),
                roles(HttpMethod.POST, LANG + "/admin/alerts/*", REPORTERS),
                roles(HttpMethod.POST, LANG + "/admin/alerts/*/submit", REPORTERS),
                roles(HttpMethod.POST, LANG + "/admin/alerts/*/photos", REPORTERS),
                roles(HttpMethod.POST, LANG + "/admin/alerts/*/photos/remove", REPORTERS),
                roles(HttpMethod.POST, LANG + "/admin/alerts/*/review", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/alerts/*/status", KEEPERS));
    }
}
