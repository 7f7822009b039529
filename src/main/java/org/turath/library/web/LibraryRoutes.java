package org.turath.library.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/** Publications, news and their back office: who may use them. */
@Component
class LibraryRoutes implements RouteRules {

    @Override
    public List<org.turath.accounts.RouteAccess.Rule> rules() {
        return List.of(
            // the library and the news
            anyone(HttpMethod.GET, LANG + "/publications"),
            anyone(HttpMethod.GET, LANG + "/publications/*"),
            anyone(HttpMethod.GET, LANG + "/publications/*/file"),
            anyone(HttpMethod.GET, LANG + "/publications/*/thumbnail"),
            anyone(HttpMethod.GET, LANG + "/news"),
            anyone(HttpMethod.GET, LANG + "/news/*"),
            anyone(HttpMethod.GET, LANG + "/news/*/image"),
            // the library and the news, kept by the secretariat and editors
            roles(HttpMethod.GET, LANG + "/admin/publications", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.GET, LANG + "/admin/publications/*", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.POST, LANG + "/admin/publications/*", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.GET, LANG + "/admin/news", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.GET, LANG + "/admin/news/*", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.POST, LANG + "/admin/news/*", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR));
    }
}
