package org.turath.search.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;

/** Search and the map: open to everyone. */
@Component
class SearchRoutes implements RouteRules {

    @Override
    public List<org.turath.accounts.RouteAccess.Rule> rules() {
        return List.of(
            anyone(HttpMethod.GET, LANG + "/search"),
            anyone(HttpMethod.GET, LANG + "/search/suggest"),
            anyone(HttpMethod.GET, LANG + "/map"));
    }
}
