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
import static org.turath.accounts.RouteAccess.signedIn;

/**
 * The Support Fund: public pages for anyone; calls for the secretariat; requests for the secretariat, focal points,
 * experts and the people of applying institutions a focal point invited (the desks then check which request each may
 * read or change).
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
                // people of an applying institution hold no role: an invitation to one request lets them write it, which
                // the desks check (anyone else signed in is answered "not found")
                signedIn(HttpMethod.GET, REQUESTS),
                roles(HttpMethod.GET, REQUESTS + "/new", Role.FOCAL_POINT),
                roles(HttpMethod.POST, REQUESTS + "/new", Role.FOCAL_POINT),
                signedIn(HttpMethod.GET, REQUESTS + "/*"),
                signedIn(HttpMethod.POST, REQUESTS + "/*"),
                signedIn(HttpMethod.POST, REQUESTS + "/*/submit"),
                signedIn(HttpMethod.POST, REQUESTS + "/*/documents"),
                signedIn(HttpMethod.GET, REQUESTS + "/*/documents/*"),
                signedIn(HttpMethod.GET, REQUESTS + "/*/versions/*"),
                signedIn(HttpMethod.POST, REQUESTS + "/*/documents/*/remove"),
                roles(HttpMethod.POST, REQUESTS + "/*/*", WORKERS),
                roles(HttpMethod.GET, REQUESTS + "/*/grant", WORKERS),
                roles(HttpMethod.POST, REQUESTS + "/*/invitations/*/withdraw", Role.FOCAL_POINT),
                roles(HttpMethod.POST, REQUESTS + "/*/photos/*/remove", WORKERS),
                roles(HttpMethod.POST, REQUESTS + "/*/milestones/*/*", WORKERS));
    }
}
