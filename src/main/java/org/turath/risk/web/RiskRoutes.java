package org.turath.risk.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteAccess;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/** Heritage at risk and its back office: who may use them (the desk checks each report). */
@Component
class RiskRoutes implements RouteRules {

    private static final Role[] DESK = {Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR, Role.FOCAL_POINT};
    private static final Role[] OBSERVATORY = {Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR};
    private static final Role[] CONTACTS = {Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT};

    @Override
    public List<RouteAccess.Rule> rules() {
        return List.of(
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk"),
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/feed.atom"),
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/reports/*"),
                // following by e-mail: the form guarded like the other public forms; confirming and stopping carry their
                // own secret (and a mail program stops in one click without a form token, RFC 8058)
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/follow"),
                anyone(HttpMethod.POST, LANG + "/heritage-at-risk/follow"),
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/follow/sent"),
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/follow/confirm"),
                RouteAccess.anyoneAsking(LANG + "/heritage-at-risk/follow/confirm"),
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/follow/stop"),
                RouteAccess.anyoneAsking(LANG + "/heritage-at-risk/follow/stop"),
                // what the public sends: the form guarded like the other public forms, confirmed by its own secret;
                // moderated by the secretariat and experts; a photograph is the public's once accepted (the desk checks)
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/contribute"),
                anyone(HttpMethod.POST, LANG + "/heritage-at-risk/contribute"),
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/contribute/sent"),
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/contribute/confirm"),
                anyone(HttpMethod.POST, LANG + "/heritage-at-risk/contribute/confirm"),
                anyone(HttpMethod.GET, LANG + "/heritage-at-risk/from-the-public"),
                anyone(HttpMethod.GET, "/heritage-at-risk/contributions/*/photo"),
                anyone(HttpMethod.GET, "/heritage-at-risk/contributions/*/photo/thumb"),
                roles(HttpMethod.GET, LANG + "/admin/risk-contributions", OBSERVATORY),
                roles(HttpMethod.GET, LANG + "/admin/risk-contributions/*", OBSERVATORY),
                roles(HttpMethod.POST, LANG + "/admin/risk-contributions/*", OBSERVATORY),
                anyone(HttpMethod.GET, LANG + "/al-quds"),
                anyone(HttpMethod.GET, LANG + "/emergency-guide"),
                anyone(HttpMethod.GET, LANG + "/emergency-guide.pdf"),
                anyone(HttpMethod.GET, LANG + "/emergency-guide.offline.js"),
                anyone(HttpMethod.GET, "/api/v1/reports"),
                anyone(HttpMethod.GET, "/api/v1/reports/*"),
                roles(HttpMethod.GET, LANG + "/admin/risk", DESK),
                roles(HttpMethod.GET, LANG + "/admin/risk/*", DESK),
                roles(HttpMethod.POST, LANG + "/admin/risk/*", DESK),
                roles(HttpMethod.POST, LANG + "/admin/risk/*/step", DESK),
                roles(HttpMethod.POST, LANG + "/admin/risk/*/photos", DESK),
                roles(HttpMethod.POST, LANG + "/admin/risk/*/photos/*/remove", DESK),
                // a report's photographs: the public's once published, the desk's before (the desk checks)
                anyone(HttpMethod.GET, "/heritage-at-risk/photos/*"),
                anyone(HttpMethod.GET, "/heritage-at-risk/photos/*/thumb"),
                // the observatory's timeline: the secretariat and experts (the desk checks each entry)
                roles(HttpMethod.GET, LANG + "/admin/al-quds", OBSERVATORY),
                roles(HttpMethod.GET, LANG + "/admin/al-quds/*", OBSERVATORY),
                roles(HttpMethod.POST, LANG + "/admin/al-quds/*", OBSERVATORY),
                roles(HttpMethod.POST, LANG + "/admin/al-quds/*/step", OBSERVATORY),
                // emergency contacts: a state's focal points and the secretariat (the desk checks the state)
                roles(HttpMethod.GET, LANG + "/admin/emergency-contacts", CONTACTS),
                roles(HttpMethod.GET, LANG + "/admin/emergency-contacts/*", CONTACTS),
                roles(HttpMethod.POST, LANG + "/admin/emergency-contacts/*", CONTACTS));
    }
}
