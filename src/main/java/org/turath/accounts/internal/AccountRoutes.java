package org.turath.accounts.internal;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;
import static org.turath.accounts.RouteAccess.signedIn;

/**
 * The routes of accounts (sign-in, a person's account, the administration of people and the audit log) and of
 * the site as a whole (the language choice, the error page, static files, the health probes).
 */
@Component
class AccountRoutes implements RouteRules {

    @Override
    public List<org.turath.accounts.RouteAccess.Rule> rules() {
        return List.of(
            // public pages and what they load
            anyone(HttpMethod.GET, "/"),
            anyone(HttpMethod.GET, LANG),
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
            anyone(HttpMethod.GET, "/favicon.svg"),
            anyone(HttpMethod.GET, "/apple-touch-icon.png"),
            anyone(HttpMethod.GET, "/fonts/**"),
            anyone(HttpMethod.GET, "/img/**"),
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
            // administration
            roles(HttpMethod.GET, LANG + "/admin/users", Role.ADMIN),
            roles(HttpMethod.GET, LANG + "/admin/users/*", Role.ADMIN),
            roles(HttpMethod.POST, LANG + "/admin/users/*", Role.ADMIN),
            roles(HttpMethod.POST, LANG + "/admin/users/*/two-factor/reset", Role.ADMIN),
            roles(HttpMethod.GET, LANG + "/admin/audit", Role.ADMIN),
            roles(HttpMethod.GET, LANG + "/admin/audit.csv", Role.ADMIN));
    }
}
