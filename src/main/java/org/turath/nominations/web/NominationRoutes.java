package org.turath.nominations.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/**
 * The nomination portal and the Committee's pages: who may use them. Which file and which command a person may
 * touch is checked per file by the nominations desk.
 */
@Component
class NominationRoutes implements RouteRules {

    /** Everyone with a part in nominations. */
    private static final Role[] NOMINATION_PEOPLE = {Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT, Role.EVALUATOR, Role.COMMITTEE_MEMBER};

    @Override
    public List<org.turath.accounts.RouteAccess.Rule> rules() {
        return List.of(
            anyone(HttpMethod.GET, LANG + "/committee/sessions"),
            anyone(HttpMethod.GET, LANG + "/committee/sessions/*"),
            anyone(HttpMethod.GET, LANG + "/committee/sessions/*/minutes.pdf"),
            anyone(HttpMethod.GET, LANG + "/nominations/statistics"),
            // nominations: focal points begin files and write dossiers; every command is checked per file
            roles(HttpMethod.GET, LANG + "/admin/nominations", NOMINATION_PEOPLE),
            roles(HttpMethod.GET, LANG + "/admin/nominations/new", Role.FOCAL_POINT),
            roles(HttpMethod.POST, LANG + "/admin/nominations/new", Role.FOCAL_POINT),
            roles(HttpMethod.GET, LANG + "/admin/nominations/*", NOMINATION_PEOPLE),
            roles(HttpMethod.GET, LANG + "/admin/nominations/*/sections/*", NOMINATION_PEOPLE),
            roles(HttpMethod.POST, LANG + "/admin/nominations/*/sections/*", Role.FOCAL_POINT),
            roles(HttpMethod.GET, LANG + "/admin/nominations/*/versions/*", NOMINATION_PEOPLE),
            roles(HttpMethod.GET, LANG + "/admin/nominations/*/versions/*/dossier.pdf", NOMINATION_PEOPLE),
            roles(HttpMethod.POST, LANG + "/admin/nominations/*/*", NOMINATION_PEOPLE),
            roles(HttpMethod.GET, LANG + "/admin/nominations/*/attachments/*", NOMINATION_PEOPLE),
            roles(HttpMethod.POST, LANG + "/admin/nominations/*/attachments/*/delete", Role.FOCAL_POINT),
            // each state's preliminary list
            roles(HttpMethod.GET, LANG + "/admin/preliminary-list", Role.FOCAL_POINT, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/preliminary-list", Role.FOCAL_POINT),
            roles(HttpMethod.POST, LANG + "/admin/preliminary-list/*/remove", Role.FOCAL_POINT),
            // the Committee's sessions
            roles(HttpMethod.GET, LANG + "/admin/sessions", Role.SECRETARIAT, Role.COMMITTEE_MEMBER),
            roles(HttpMethod.POST, LANG + "/admin/sessions", Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/sessions/*", Role.SECRETARIAT, Role.COMMITTEE_MEMBER));
    }
}
