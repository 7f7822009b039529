package org.turath.accounts;

import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

/**
 * The one place that says who may use which route. Anything a controller serves that is not
 * listed here is refused to everyone (deny by default); a path no controller serves is left to
 * answer 404. {@code RouteAccessTests} checks every registered route against this table for every
 * role and for anonymous visitors.
 */
public final class RouteAccess {

    /** Who may use a route (any method when {@code method} is null): anyone, anyone signed in, or the listed roles. */
    public record Rule(HttpMethod method, String pattern, boolean anyone, boolean signedIn, Set<Role> roles) {

        public boolean allows(Set<Role> held, boolean authenticated) {
            return anyone || (authenticated && (signedIn || held.stream().anyMatch(roles::contains)));
        }
    }

    private static final String LANG = "/{lang:ar|en|fr}";
    private static final Role[] LIST_EDITORS = {Role.ADMIN, Role.SECRETARIAT, Role.EDITOR, Role.FOCAL_POINT};
    /** Everyone with a part in nominations; which file and which command is checked per file by the nominations desk. */
    private static final Role[] NOMINATION_PEOPLE = {Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT, Role.EVALUATOR, Role.COMMITTEE_MEMBER};

    public static final List<Rule> RULES = List.of(
            // public pages and what they load
            anyone(HttpMethod.GET, "/"),
            anyone(HttpMethod.GET, LANG),
            anyone(HttpMethod.GET, LANG + "/"),
            anyone(HttpMethod.GET, LANG + "/heritage"),
            anyone(HttpMethod.GET, LANG + "/heritage/*"),
            anyone(HttpMethod.GET, LANG + "/states"),
            anyone(HttpMethod.GET, LANG + "/states/*"),
            anyone(HttpMethod.GET, LANG + "/search"),
            anyone(HttpMethod.GET, LANG + "/search/suggest"),
            anyone(HttpMethod.GET, LANG + "/map"),
            anyone(HttpMethod.GET, LANG + "/committee/sessions"),
            anyone(HttpMethod.GET, LANG + "/committee/sessions/*"),
            anyone(HttpMethod.GET, LANG + "/committee/sessions/*/minutes.pdf"),
            anyone(HttpMethod.GET, LANG + "/nominations/statistics"),
            // capacity building: the catalogue, calendars, registration, a participant's own page behind their link, certificates
            anyone(HttpMethod.GET, LANG + "/trainings"),
            anyone(HttpMethod.GET, LANG + "/trainings/calendar"),
            anyone(HttpMethod.GET, LANG + "/trainings/calendar.ics"),
            anyone(HttpMethod.GET, LANG + "/trainings/*"),
            anyone(HttpMethod.GET, LANG + "/trainings/*/calendar.ics"),
            anyone(HttpMethod.POST, LANG + "/trainings/*/register"),
            anyone(HttpMethod.GET, LANG + "/trainings/*/registered"),
            anyone(HttpMethod.GET, LANG + "/trainings/registration/certificate.pdf"),
            anyone(HttpMethod.POST, LANG + "/trainings/registration/cancel"),
            anyone(HttpMethod.GET, LANG + "/certificates"),
            anyone(HttpMethod.GET, LANG + "/certificates/*"),
            // the public talks back: the satisfaction survey and "ask us" (flood-guarded per address)
            anyone(HttpMethod.GET, LANG + "/feedback"),
            anyone(HttpMethod.POST, LANG + "/feedback"),
            anyone(HttpMethod.GET, LANG + "/feedback/thanks"),
            anyone(HttpMethod.GET, LANG + "/ask"),
            anyone(HttpMethod.POST, LANG + "/ask"),
            anyone(HttpMethod.GET, LANG + "/ask/thanks"),
            // the library and the news
            anyone(HttpMethod.GET, LANG + "/publications"),
            anyone(HttpMethod.GET, LANG + "/publications/*"),
            anyone(HttpMethod.GET, LANG + "/publications/*/file"),
            anyone(HttpMethod.GET, LANG + "/publications/*/thumbnail"),
            anyone(HttpMethod.GET, LANG + "/news"),
            anyone(HttpMethod.GET, LANG + "/news/*"),
            anyone(HttpMethod.GET, LANG + "/news/*/image"),
            anyone(HttpMethod.GET, LANG + "/login"),
            anyone(HttpMethod.POST, "/login"),
            // the pages behind mailed links (the link's secret is the permission)
            // the code step of a sign-in (only a session whose password was right gets past it)
            anyone(HttpMethod.GET, LANG + "/login/code"),
            anyone(HttpMethod.POST, LANG + "/login/code"),
            anyone(HttpMethod.GET, LANG + "/account/activate"),
            anyone(HttpMethod.POST, LANG + "/account/activate"),
            anyone(HttpMethod.GET, LANG + "/password/forgot"),
            anyone(HttpMethod.POST, LANG + "/password/forgot"),
            anyone(HttpMethod.GET, LANG + "/password/reset"),
            anyone(HttpMethod.POST, LANG + "/password/reset"),
            anyone(HttpMethod.GET, LANG + "/account/email/confirm"),
            anyone(HttpMethod.POST, LANG + "/account/email/confirm"),
            // error pages are also reached by internal error dispatches of any method
            anyone(null, "/error"),
            anyone(HttpMethod.GET, "/webjars/**"),
            anyone(HttpMethod.GET, "/css/**"),
            anyone(HttpMethod.GET, "/js/**"),
            anyone(HttpMethod.GET, "/geo/**"),
            anyone(HttpMethod.GET, "/favicon.ico"),
            // images of items: public when the item is, else checked per item
            anyone(HttpMethod.GET, "/media/*"),
            anyone(HttpMethod.GET, "/media/*/thumb"),
            // open data
            anyone(HttpMethod.GET, "/api/v1/**"),
            anyone(HttpMethod.GET, "/v3/api-docs"),
            anyone(HttpMethod.GET, "/v3/api-docs/**"),
            anyone(HttpMethod.GET, "/v3/api-docs.yaml"),
            anyone(HttpMethod.GET, "/api/docs"),
            anyone(HttpMethod.GET, "/swagger-ui/**"),
            anyone(HttpMethod.GET, "/swagger-ui.html"),
            // probes
            anyone(HttpMethod.GET, "/actuator/health"),
            anyone(HttpMethod.GET, "/actuator/health/**"),
            anyone(HttpMethod.GET, "/actuator/info"),
            // people signed in
            signedIn(HttpMethod.GET, LANG + "/account"),
            signedIn(HttpMethod.POST, "/logout"),
            signedIn(HttpMethod.POST, LANG + "/account/email"),
            signedIn(HttpMethod.POST, LANG + "/account/language"),
            signedIn(HttpMethod.POST, LANG + "/account/sessions/end"),
            signedIn(HttpMethod.GET, LANG + "/admin"),
            roles(HttpMethod.GET, LANG + "/account/two-factor", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/account/two-factor", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/account/two-factor/disable", Role.ADMIN, Role.SECRETARIAT),
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
            // the import of UNESCO's list
            roles(HttpMethod.GET, LANG + "/admin/import", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/import", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/import/*", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/import/*", Role.ADMIN, Role.SECRETARIAT),
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
            roles(HttpMethod.GET, LANG + "/admin/sessions/*", Role.SECRETARIAT, Role.COMMITTEE_MEMBER),
            // capacity building: the secretariat runs activities; trainers mark attendance of their own (checked per activity)
            roles(HttpMethod.GET, LANG + "/admin/trainings", Role.ADMIN, Role.SECRETARIAT, Role.TRAINER),
            roles(HttpMethod.GET, LANG + "/admin/trainings/new", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/trainings/new", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/trainings/*", Role.ADMIN, Role.SECRETARIAT, Role.TRAINER),
            roles(HttpMethod.POST, LANG + "/admin/trainings/*", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/trainings/*/attendance", Role.ADMIN, Role.SECRETARIAT, Role.TRAINER),
            roles(HttpMethod.POST, LANG + "/admin/trainings/*/registrations/*", Role.ADMIN, Role.SECRETARIAT),
            // the survey's results and the inbox of questions
            roles(HttpMethod.GET, LANG + "/admin/feedback", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/inquiries", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/inquiries/*", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/inquiries/*/*", Role.ADMIN, Role.SECRETARIAT),
            // the library and the news, kept by the secretariat and editors
            roles(HttpMethod.GET, LANG + "/admin/publications", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.GET, LANG + "/admin/publications/*", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.POST, LANG + "/admin/publications/*", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.GET, LANG + "/admin/news", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.GET, LANG + "/admin/news/*", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            roles(HttpMethod.POST, LANG + "/admin/news/*", Role.ADMIN, Role.SECRETARIAT, Role.EDITOR),
            // administration
            roles(HttpMethod.GET, LANG + "/admin/users", Role.ADMIN),
            roles(HttpMethod.GET, LANG + "/admin/users/*", Role.ADMIN),
            roles(HttpMethod.POST, LANG + "/admin/users/*", Role.ADMIN),
            roles(HttpMethod.POST, LANG + "/admin/users/*/two-factor/reset", Role.ADMIN),
            roles(HttpMethod.GET, LANG + "/admin/audit", Role.ADMIN),
            roles(HttpMethod.GET, LANG + "/admin/audit.csv", Role.ADMIN));

    private RouteAccess() {
    }

    private static Rule anyone(HttpMethod method, String pattern) {
        return new Rule(method, pattern, true, false, Set.of());
    }

    private static Rule signedIn(HttpMethod method, String pattern) {
        return new Rule(method, pattern, false, true, Set.of());
    }

    static Rule roles(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, false, false, Set.of(roles));
    }
}
