package org.turath.exhibitions.web;

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
 * Exhibitions: the public pages, tour, printable version and manifest for anyone (a draft answers 404); the back office
 * for curators and the secretariat, each curator to the exhibitions their museums organise; publishing for the
 * secretariat.
 */
@Component
class ExhibitionRoutes implements RouteRules {

    private static final Role[] KEEPERS = {Role.ADMIN, Role.SECRETARIAT};
    private static final Role[] WORKERS = {Role.ADMIN, Role.SECRETARIAT, Role.MUSEUM_CURATOR};

    @Override
    public List<RouteAccess.Rule> rules() {
        return List.of(
                anyone(HttpMethod.GET, LANG + "/exhibitions"),
                anyone(HttpMethod.GET, LANG + "/exhibitions/*"),
                anyone(HttpMethod.GET, LANG + "/exhibitions/*/print"),
                anyone(HttpMethod.GET, LANG + "/exhibitions/*/tour/*"),
                anyone(HttpMethod.GET, "/iiif/3/manifests/exhibitions/*"),
                roles(HttpMethod.GET, LANG + "/admin/exhibitions", WORKERS),
                roles(HttpMethod.GET, LANG + "/admin/exhibitions/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/exhibitions/*", WORKERS),
                roles(HttpMethod.GET, LANG + "/admin/exhibitions/*/sections/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/exhibitions/*/sections/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/exhibitions/*/sections/*/remove", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/exhibitions/*/sections/*/move", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/exhibitions/*/venues", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/exhibitions/*/venues/remove", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/exhibitions/*/publication", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/museum-events", WORKERS),
                roles(HttpMethod.GET, LANG + "/admin/museum-events/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/museum-events/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/museum-events/*/publication", KEEPERS));
    }
}
