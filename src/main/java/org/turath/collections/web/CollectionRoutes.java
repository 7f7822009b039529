package org.turath.collections.web;

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
 * Collections: the public pages and IIIF for anyone (an unpublished object's images answer 404 to all but its editors);
 * the back office for curators and the secretariat, each curator to their own museums' objects.
 */
@Component
class CollectionRoutes implements RouteRules {

    private static final Role[] KEEPERS = {Role.ADMIN, Role.SECRETARIAT};
    private static final Role[] WORKERS = {Role.ADMIN, Role.SECRETARIAT, Role.MUSEUM_CURATOR};

    @Override
    public List<RouteAccess.Rule> rules() {
        return List.of(
                anyone(HttpMethod.GET, LANG + "/collections"),
                anyone(HttpMethod.GET, LANG + "/collections/*"),
                anyone(HttpMethod.GET, "/iiif/3/manifests/*"),
                anyone(HttpMethod.GET, "/iiif/3/*"),
                anyone(HttpMethod.GET, "/iiif/3/*/info.json"),
                anyone(HttpMethod.GET, "/iiif/3/*/*/*/*/*"),
                roles(HttpMethod.GET, LANG + "/admin/collections", WORKERS),
                roles(HttpMethod.GET, LANG + "/admin/collections/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/collections/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/collections/*/images", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/collections/*/images/remove", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/collections/*/publication", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/collections/imports/*", WORKERS),
                roles(HttpMethod.POST, LANG + "/admin/collections/imports/*/run", WORKERS));
    }
}
