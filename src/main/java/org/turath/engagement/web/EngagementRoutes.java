package org.turath.engagement.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/** The survey, "ask us" and their back office: who may use them. */
@Component
class EngagementRoutes implements RouteRules {

    @Override
    public List<org.turath.accounts.RouteAccess.Rule> rules() {
        return List.of(
            // the public talks back: the satisfaction survey and "ask us" (flood-guarded per address)
            anyone(HttpMethod.GET, LANG + "/feedback"),
            anyone(HttpMethod.POST, LANG + "/feedback"),
            anyone(HttpMethod.GET, LANG + "/feedback/thanks"),
            anyone(HttpMethod.GET, LANG + "/ask"),
            anyone(HttpMethod.POST, LANG + "/ask"),
            anyone(HttpMethod.GET, LANG + "/ask/thanks"),
            // the survey's results and the inbox of questions
            roles(HttpMethod.GET, LANG + "/admin/feedback", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/inquiries", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/inquiries/*", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/inquiries/*/*", Role.ADMIN, Role.SECRETARIAT));
    }
}
