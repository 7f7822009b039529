package org.turath.opendata;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.anyone;

/** The open-data API and its description: open to everyone. */
@Component
class OpenDataRoutes implements RouteRules {

    @Override
    public List<org.turath.accounts.RouteAccess.Rule> rules() {
        return List.of(
            // open data
            anyone(HttpMethod.GET, org.turath.accounts.RouteAccess.LANG + "/open-data"),
            anyone(HttpMethod.GET, "/open-data/files/*"),
            anyone(HttpMethod.GET, "/api/v1/**"),
            // for search engines
            anyone(HttpMethod.GET, "/robots.txt"),
            anyone(HttpMethod.GET, "/sitemap.xml"),
            anyone(HttpMethod.GET, "/sitemaps/*"),
            // OAI-PMH: its questions by GET or by POST
            anyone(HttpMethod.GET, "/oai"),
            anyone(HttpMethod.GET, "/oai/*"),
            org.turath.accounts.RouteAccess.anyoneAsking("/oai"),
            anyone(HttpMethod.GET, "/v3/api-docs"),
            anyone(HttpMethod.GET, "/v3/api-docs/**"),
            anyone(HttpMethod.GET, "/v3/api-docs.yaml"),
            anyone(HttpMethod.GET, "/api/docs"),
            anyone(HttpMethod.GET, "/swagger-ui/**"),
            anyone(HttpMethod.GET, "/swagger-ui.html"));
    }
}
