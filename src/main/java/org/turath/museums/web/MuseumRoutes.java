package org.turath.museums.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteAccess;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/** Museums: the directory and its API for anyone; the back office for the secretariat and curators (each to their own). */
@Component
class MuseumRoutes implements RouteRules {

    private static final Role[] KEEPERS = {Role.ADMIN, Role.SECRETARIAT};
    private static final Role[] WORKERS = {Role.ADMIN, Role.SECRETARIAT, Role.MUSEUM_CURATOR};

    @Override
    public List<RouteAccess.Rule> rules() {
        return List.of(
                anyone(HttpMethod.GET, LANG + "/museums"),
                anyone(HttpMethod.GET, LANG + "/museums/*"),
                anyone(HttpMethod.GET, "/api/v1/museums"),
                anyone(HttpMethod.GET, "/api/v1/museums/markers"),
                anyone(HttpMethod.GET, "/api/v1/museums/*"),
                roles(HttpMethod.GET, LANG + "/admin/museums", WORKERS),
                // listed before "/admin/museums/*": only the secretariat opens a new entry
                roles(HttpMethod.GET, LANG + "/admin/museums/new", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/museums/new", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/museums/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/museums/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/museums/*/publication", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/museums/*/curators", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/museums/*/curators/remove", KEEPERS));
    }
}
