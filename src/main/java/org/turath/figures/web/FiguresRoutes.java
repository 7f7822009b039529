package org.turath.figures.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.RouteAccess;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;

/** The dashboard is public, with its downloads. */
@Component
class FiguresRoutes implements RouteRules {

    @Override
    public List<RouteAccess.Rule> rules() {
        return List.of(anyone(HttpMethod.GET, LANG + "/figures"), anyone(HttpMethod.GET, LANG + "/figures/*"));
    }
}
