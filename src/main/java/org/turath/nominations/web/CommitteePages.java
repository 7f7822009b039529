package org.turath.nominations.web;

import org.turath.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.geo.GeoApi;
import org.turath.nominations.domain.CommitteeSession;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.internal.NominationDesk;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The Islamic World Heritage Committee's sessions: the secretariat creates them and builds their
 * agendas, members read them, and the public reads the decisions.
 */
@Controller
class CommitteePages {

    private static final int PAGE = 30;

    private final NominationDesk desk;
    private final GeoApi geo;
    private final MessageSource messages;
    private final org.turath.nominations.internal.DossierPdf pdf;

    CommitteePages(NominationDesk desk, GeoApi geo, MessageSource messages, org.turath.nominations.internal.DossierPdf pdf) {
        this.desk = desk;
        this.geo = geo;
        this.messages = messages;
        this.pdf = pdf;
    }

    @GetMapping("/" + LANG + "/admin/sessions")
    String sessions(@PathVariable Language lang, @RequestParam Map<String, String> parameters, Actor actor,
                    Model model, HttpServletResponse response) {
        NoStore.personal(response);
        listInto(model, parameters);
        model.addAttribute("canCreate", actor.hasAny(Role.SECRETARIAT));
        model.addAttribute("form", Map.of());
        model.addAttribute("problem", null);
        model.addAttribute("kinds", CommitteeSession.Kind.values());
        model.addAttribute("modes", CommitteeSession.Mode.values());
        return "nominations/sessions";
    }

    @PostMapping("/" + LANG + "/admin/sessions")
    String create(@PathVariable Language lang, @RequestParam Map<String, String> form, Actor actor,
                  Model model, HttpServletResponse response) {
        NoStore.personal(response);
        String problem;
        try {
            int year = Integer.parseInt(NominationPages.clean(form.get("year")));
            int number = Integer.parseInt(NominationPages.clean(form.get("number")));
            if (year < 2000 || year > 2200 || number < 1 || number > 999) {
                throw new NumberFormatException();
            }
            CommitteeSession.Kind kind = NominationPages.parseEnum(CommitteeSession.Kind.class, form.get("kind"))
                    .orElseThrow(() -> new Refusal("nominations", "session-kind"));
            CommitteeSession.Mode mode = NominationPages.parseEnum(CommitteeSession.Mode.class, form.get("mode"))
                    .orElseThrow(() -> new Refusal("nominations", "session-mode"));
            LocalDate starts = LocalDate.parse(NominationPages.clean(form.get("startsOn")));
            LocalDate ends = LocalDate.parse(NominationPages.clean(form.get("endsOn")));
            String link = NominationPages.clean(form.get("videoLink"));
            if (!link.isEmpty() && !link.matches("https://[^\\s<>\"']{3,480}")) {
                throw new Refusal("nominations", "session-link");
            }
            Set<String> members = new LinkedHashSet<>();
            for (String part : NominationPages.clean(form.get("members")).split("[\\s,;]+")) {
                if (!part.isBlank()) {
                    members.add(part.toLowerCase(Locale.ROOT));
                }
            }
            LocalizedText place = NominationPages.names(form, "place", new LinkedHashMap<>());
            UUID id = desk.createSession(actor, year, number, kind, mode, place, link.isEmpty() ? null : link, starts, ends, members);
            return "redirect:/" + lang.tag() + "/admin/sessions/" + id;
        } catch (NumberFormatException e) {
            problem = text(lang, "nominations.problem.session-number");
        } catch (DateTimeParseException e) {
            problem = text(lang, "nominations.problem.date");
        } catch (Refusal e) {
            problem = text(lang, e.messageKey(), e.arguments());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        listInto(model, Map.of());
        model.addAttribute("canCreate", true);
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", CommitteeSession.Kind.values());
        model.addAttribute("modes", CommitteeSession.Mode.values());
        return "nominations/sessions";
    }

    @GetMapping("/" + LANG + "/admin/sessions/{id}")
    String session(@PathVariable Language lang, @PathVariable String id, Actor actor, Model model,
                   HttpServletResponse response) {
        NoStore.personal(response);
        CommitteeSession session = desk.session(NominationPages.uuid(id));
        if (!actor.hasAny(Role.SECRETARIAT) && !session.hasMember(actor.email())) {
            throw new org.turath.shared.NotFoundException("session");
        }
        List<NominationFile> agenda = desk.agenda(session.id());
        model.addAttribute("meeting", session);
        model.addAttribute("agenda", agenda);
        model.addAttribute("ready", actor.hasAny(Role.SECRETARIAT) ? desk.readyForAgenda() : List.of());
        model.addAttribute("decisions", desk.publicDecisions(session.id(), 0, 500));
        model.addAttribute("countries", geo.countries(geo.memberStateCodes()));
        return "nominations/session";
    }

    // --- public ------------------------------------------------------------------------------

    @GetMapping("/" + LANG + "/committee/sessions")
    String publicSessions(@PathVariable Language lang, @RequestParam Map<String, String> parameters, Model model) {
        listInto(model, parameters);
        return "nominations/public-sessions";
    }

    @GetMapping("/" + LANG + "/committee/sessions/{id}")
    String publicSession(@PathVariable Language lang, @PathVariable String id, @RequestParam Map<String, String> parameters,
                         Model model) {
        CommitteeSession session = desk.session(NominationPages.uuid(id));
        int after = RequestParameters.present(parameters.get("after")).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("after");
            }
        }).orElse(0);
        List<NominationDesk.PublicDecision> decisions = desk.publicDecisions(session.id(), after, PAGE + 1);
        model.addAttribute("meeting", session);
        model.addAttribute("decisions", decisions.size() > PAGE ? decisions.subList(0, PAGE) : decisions);
        model.addAttribute("next", decisions.size() > PAGE ? after + PAGE : null);
        model.addAttribute("countries", geo.countries(geo.memberStateCodes()));
        return "nominations/public-session";
    }

    @GetMapping("/" + LANG + "/nominations/statistics")
    String statistics(@PathVariable Language lang, Model model) {
        NominationDesk.Statistics statistics = desk.statistics();
        model.addAttribute("statistics", statistics);
        model.addAttribute("kinds", org.turath.nominations.NominationKind.values());
        model.addAttribute("outcomes", org.turath.nominations.Outcome.values());
        model.addAttribute("countries", geo.countries(statistics.filesByState().keySet()));
        // the chart's data, read by a script from a non-executable JSON block (no inline script runs)
        List<Integer> years = List.copyOf(statistics.decisionsByYearAndOutcome().keySet());
        List<Map<String, Object>> series = new java.util.ArrayList<>();
        for (org.turath.nominations.Outcome outcome : org.turath.nominations.Outcome.values()) {
            series.add(Map.of("label", messages.getMessage("nominations.outcome." + outcome, null, lang.locale()),
                    "data", years.stream().map(y -> statistics.decisionsByYearAndOutcome().get(y).getOrDefault(outcome, 0L)).toList()));
        }
        model.addAttribute("chartData", Map.of("years", years, "series", series));
        return "nominations/statistics";
    }

    /** The minutes of a session as a PDF: public, as the decisions are. */
    @GetMapping("/" + LANG + "/committee/sessions/{id}/minutes.pdf")
    org.springframework.http.ResponseEntity<byte[]> minutes(@PathVariable Language lang, @PathVariable String id) {
        CommitteeSession session = desk.session(NominationPages.uuid(id));
        byte[] document = pdf.minutes(session, desk.publicDecisions(session.id(), 0, 1000), lang);
        return NominationPages.pdfDownload(document, "IWHC-%d.%d-%s.pdf".formatted(session.year(), session.number(), lang.tag()),
                "no-cache");
    }

    private void listInto(Model model, Map<String, String> parameters) {
        Optional<String> cursor = RequestParameters.present(parameters.get("after"));
        Slice<CommitteeSession> page;
        try {
            page = desk.sessions(cursor, PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("after");
        }
        model.addAttribute("sessions", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
    }

    private String text(Language lang, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, lang.locale());
    }
}
