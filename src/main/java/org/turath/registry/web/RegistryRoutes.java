package org.turath.registry.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/** The List's pages, its back office and the import: who may use them. */
@Component
class RegistryRoutes implements RouteRules {

    /** Focal points only reach their own states' items (checked per item by the editor). */
    private static final Role[] LIST_EDITORS = {Role.ADMIN, Role.SECRETARIAT, Role.EDITOR, Role.FOCAL_POINT};

    @Override
    public List<org.turath.accounts.RouteAccess.Rule> rules() {
        return List.of(
            anyone(HttpMethod.GET, LANG + "/"),
            anyone(HttpMethod.GET, LANG + "/heritage"),
            anyone(HttpMethod.GET, LANG + "/heritage/*"),
            // an item's lasting address: to its page or its linked data
            anyone(HttpMethod.GET, "/id/heritage/*"),
            anyone(HttpMethod.GET, LANG + "/states"),
            anyone(HttpMethod.GET, LANG + "/states/*"),
            // the generated banner of a published item
            anyone(HttpMethod.GET, "/art/heritage/*"),
            // images of items: public when the item is, else checked per item
            anyone(HttpMethod.GET, "/media/*"),
            anyone(HttpMethod.GET, "/media/*/thumb"),
            anyone(HttpMethod.GET, "/media/*/medium"),
            // the back office of the List: focal points only reach their own states' items (checked per item)
            roles(HttpMethod.GET, LANG + "/admin/heritage", LIST_EDITORS),
            roles(HttpMethod.GET, LANG + "/admin/heritage/*", LIST_EDITORS),
            roles(HttpMethod.POST, LANG + "/admin/heritage/*", LIST_EDITORS),
            roles(HttpMethod.POST, LANG + "/admin/heritage/*/publication", LIST_EDITORS),
            roles(HttpMethod.GET, LANG + "/admin/heritage/*/history", LIST_EDITORS),
            roles(HttpMethod.POST, LANG + "/admin/heritage/*/media", LIST_EDITORS),
            roles(HttpMethod.POST, LANG + "/admin/heritage/*/media/*/delete", LIST_EDITORS),
            roles(HttpMethod.POST, LANG + "/admin/heritage/*/revert", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.POST, LANG + "/admin/heritage/*/status", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/heritage/*/sensitive", Role.ADMIN, Role.SECRETARIAT),
            // the import of UNESCO's list
            roles(HttpMethod.GET, LANG + "/admin/import", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/import", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/import/*", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/import/*", Role.ADMIN, Role.SECRETARIAT));
    }
}
