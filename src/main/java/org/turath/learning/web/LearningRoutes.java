package org.turath.learning.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.turath.accounts.Role;
import org.turath.accounts.RouteRules;

import java.util.List;

import static org.turath.accounts.RouteAccess.LANG;
import static org.turath.accounts.RouteAccess.anyone;
import static org.turath.accounts.RouteAccess.roles;

/** Trainings, registrations, certificates and their back office: who may use them. */
@Component
class LearningRoutes implements RouteRules {

    @Override
    public List<org.turath.accounts.RouteAccess.Rule> rules() {
        return List.of(
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
            // capacity building: the secretariat runs activities; trainers mark attendance of their own (checked per activity)
            roles(HttpMethod.GET, LANG + "/admin/trainings", Role.ADMIN, Role.SECRETARIAT, Role.TRAINER),
            roles(HttpMethod.GET, LANG + "/admin/trainings/new", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/trainings/new", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.GET, LANG + "/admin/trainings/*", Role.ADMIN, Role.SECRETARIAT, Role.TRAINER),
            roles(HttpMethod.POST, LANG + "/admin/trainings/*", Role.ADMIN, Role.SECRETARIAT),
            roles(HttpMethod.POST, LANG + "/admin/trainings/*/attendance", Role.ADMIN, Role.SECRETARIAT, Role.TRAINER),
            roles(HttpMethod.POST, LANG + "/admin/trainings/*/registrations/*", Role.ADMIN, Role.SECRETARIAT));
    }
}
