package org.turath.partners.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteAccess;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/** Partnerships: public pages for anyone, the back office for the secretariat. */
@Component
class PartnerRoutes implements RouteRules {

    private static final Role[] KEEPERS = {Role.ADMIN, Role.SECRETARIAT};

    @Override
    public List<RouteAccess.Rule> rules() {
        return List.of(
                anyone(HttpMethod.GET, LANG + "/partners"),
                anyone(HttpMethod.GET, LANG + "/partners/*"),
                anyone(HttpMethod.GET, "/partners/logo/*"),
                roles(HttpMethod.GET, LANG + "/admin/partners", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/partners/*", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/partners/*", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/partners/*/logo", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/agreements", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/agreements/*", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/agreements/*", KEEPERS),
                roles(HttpMethod.GET, LANG + "/admin/agreements/*/document", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/agreements/*/document", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/agreements/*/renew", KEEPERS),
                roles(HttpMethod.POST, LANG + "/admin/agreements/*/terminate", KEEPERS));
    }
}
