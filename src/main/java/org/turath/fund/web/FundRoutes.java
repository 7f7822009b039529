package org.turath.fund.web;

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
 * The Support Fund: public pages for anyone; calls for the secretariat; requests for the secretariat, focal points and
 * experts (the desks then check which request each may read or change).
 */
@Component
class FundRoutes implements RouteRules {

    private static final Role[] KEEPERS = {Role.ADMIN, Role.SECRETARIAT};
    private static final Role[] WORKERS = {Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT, Role.EVALUATOR};
    private static final String REQUESTS = LANG + "/admin/fund/requests";

    @Override
    public List<RouteAccess.Rule> rules() {
        return List.of(
                anyone(HttpMethod.GET, LANG + "/support-fund"),
                anyone(HttpMethod.GET, LANG + "/support-fund/calls/*"),
                anyone(HttpMethod.GET, LANG + "/support-fund/projects/*"),
                anyone(HttpMethod.GET, "/support-fund/photos/*"),
                anyone(HttpMethod.GET, "/support-fund/photos/*/thumb"),
                roles(HttpMethod.GET, LANG + "/admin/fund", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/fund/calls/*", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/fund/calls/*", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/fund/calls/*/ranking", KEEPERS),
                roles(HttpMethod.GET, REQUESTS, WORKERS),
                roles(HttpMethod.GET, REQUESTS + "/new", Role.FOCAL_POINT),
                roles(HttpMethod.POST, REQUESTS + "/new", Role.FOCAL_POINT),
                roles(HttpMethod.GET, REQUESTS + "/*", WORKERS),
                roles(HttpMethod.POST, REQUESTS + "/*", WORKERS),
                roles(HttpMethod.POST, REQUESTS + "/*/*", WORKERS),
                roles(HttpMethod.GET, REQUESTS + "/*/grant", WORKERS),
                roles(HttpMethod.GET, REQUESTS + "/*/documents/*", WORKERS),
                roles(HttpMethod.GET, REQUESTS + "/*/versions/*", WORKERS),
                roles(HttpMethod.POST, REQUESTS + "/*/documents/*/remove", WORKERS),
                roles(HttpMethod.POST, REQUESTS + "/*/photos/*/remove", WORKERS),
                roles(HttpMethod.POST, REQUESTS + "/*/milestones/*/*", WORKERS));
    }
}
