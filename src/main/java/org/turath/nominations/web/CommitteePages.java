package org.turath.nominations.web;

import org.turath.nominations.CommitteeSessionId;
import org.turath.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.turath.nominations.internal.CommitteeDesk;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;
import org.springframework.web.bind.annotation.ModelAttribute;
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

import static org.turath.web.WebConfiguration.LANG;

/**
 * The Islamic World Heritage Committee's sessions: the secretariat creates them and builds their
 * agendas, members read them, and the public reads the decisions.
 */
@Controller
class CommitteePages {

    private static final int PAGE = 30;

    /** A new session's form. */
    record SessionForm(String year, String number, String kind, String mode, Trilingual place, String videoLink,
                       String startsOn, String endsOn, String members) implements FormRecord {
    }

    private final CommitteeDesk desk;
    private final GeoApi geo;
    private final MessageSource messages;
    private final org.turath.nominations.internal.DossierPdf pdf;

    CommitteePages(CommitteeDesk desk, GeoApi geo, MessageSource messages, org.turath.nominations.internal.DossierPdf pdf) {
        this.desk = desk;
        this.geo = geo;
        this.messages = messages;
        this.pdf = pdf;
    }

    @GetMapping("/" + LANG + "/admin/sessions")
    String sessions(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Actor actor,
                    Model model, HttpServletResponse response) {
        NoStore.personal(response);
        listInto(model, after);
        model.addAttribute("canCreate", actor.hasAny(Role.SECRETARIAT));
        model.addAttribute("form", Map.of());
        model.addAttribute("problem", null);
        model.addAttribute("kinds", CommitteeSession.Kind.values());
        model.addAttribute("modes", CommitteeSession.Mode.values());
        return "nominations/sessions";
    }

    @PostMapping("/" + LANG + "/admin/sessions")
    String create(@PathVariable Language lang, @ModelAttribute SessionForm form, Actor actor,
                  Model model, HttpServletResponse response) {
        NoStore.personal(response);
        String problem;
        try {
            int year = Integer.parseInt(NominationForms.clean(form.year()));
            int number = Integer.parseInt(NominationForms.clean(form.number()));
            if (year < 2000 || year > 2200 || number < 1 || number > 999) {
                throw new NumberFormatException();
            }
            CommitteeSession.Kind kind = NominationForms.parseEnum(CommitteeSession.Kind.class, form.kind())
                    .orElseThrow(() -> new Refusal("nominations", "session-kind"));
            CommitteeSession.Mode mode = NominationForms.parseEnum(CommitteeSession.Mode.class, form.mode())
                    .orElseThrow(() -> new Refusal("nominations", "session-mode"));
            LocalDate starts = LocalDate.parse(NominationForms.clean(form.startsOn()));
            LocalDate ends = LocalDate.parse(NominationForms.clean(form.endsOn()));
            String link = NominationForms.clean(form.videoLink());
            if (!link.isEmpty() && !link.matches("https://[^\\s<>\"']{3,480}")) {
                throw new Refusal("nominations", "session-link");
            }
            Set<String> members = new LinkedHashSet<>();
            for (String part : NominationForms.clean(form.members()).split("[\\s,;]+")) {
                if (!part.isBlank()) {
                    members.add(part.toLowerCase(Locale.ROOT));
                }
            }
            LocalizedText place = NominationForms.names(form.place(), "place", new LinkedHashMap<>());
            CommitteeSessionId id = desk.createSession(actor, year, number, kind, mode, place, link.isEmpty() ? null : link, starts, ends, members);
            return "redirect:/" + lang.tag() + "/admin/sessions/" + id;
        } catch (NumberFormatException e) {
            problem = text(lang, "nominations.problem.session-number");
        } catch (DateTimeParseException e) {
            problem = text(lang, "nominations.problem.date");
        } catch (Refusal e) {
            problem = text(lang, e.messageKey(), e.arguments());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        listInto(model, null);
        model.addAttribute("canCreate", true);
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", CommitteeSession.Kind.values());
        model.addAttribute("modes", CommitteeSession.Mode.values());
        return "nominations/sessions";
    }

    @GetMapping("/" + LANG + "/admin/sessions/{id}")
    String session(@PathVariable Language lang, @PathVariable CommitteeSessionId id, Actor actor, Model model,
                   HttpServletResponse response) {
        NoStore.personal(response);
        CommitteeSession session = desk.session(id);
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
    String publicSessions(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Model model) {
        listInto(model, after);
        return "nominations/public-sessions";
    }

    @GetMapping("/" + LANG + "/committee/sessions/{id}")
    String publicSession(@PathVariable Language lang, @PathVariable CommitteeSessionId id,
                         @RequestParam(name = "cursor", required = false) String from, Model model) {
        CommitteeSession session = desk.session(id);
        int after = RequestParameters.present(from).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("cursor");
            }
        }).orElse(0);
        List<CommitteeDesk.PublicDecision> decisions = desk.publicDecisions(session.id(), after, PAGE + 1);
        model.addAttribute("meeting", session);
        model.addAttribute("decisions", decisions.size() > PAGE ? decisions.subList(0, PAGE) : decisions);
        model.addAttribute("next", decisions.size() > PAGE ? after + PAGE : null);
        model.addAttribute("countries", geo.countries(geo.memberStateCodes()));
        return "nominations/public-session";
    }

    /**
     * The nominations' figures moved to the dashboard, beside every other module's ({@code /figures}, filtered by state and
     * period, with their CSV): the old address sends its readers and their bookmarks there.
     */
    @GetMapping("/" + LANG + "/nominations/statistics")
    ResponseEntity<Void> statistics(@PathVariable Language lang) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(java.net.URI.create("/" + lang.tag() + "/figures#nominations-cycles"))
                .build();
    }

    /** The minutes of a session as a PDF: public, as the decisions are. */
    @GetMapping("/" + LANG + "/committee/sessions/{id}/minutes.pdf")
    org.springframework.http.ResponseEntity<byte[]> minutes(@PathVariable Language lang, @PathVariable CommitteeSessionId id) {
        CommitteeSession session = desk.session(id);
        byte[] document = pdf.minutes(session, desk.publicDecisions(session.id(), 0, 1000), lang);
        return DossierPages.pdfDownload(document, "IWHC-%d.%d-%s.pdf".formatted(session.year(), session.number(), lang.tag()),
                "no-cache");
    }

    private void listInto(Model model, String after) {
        Optional<String> cursor = RequestParameters.present(after);
        Slice<CommitteeSession> page;
        try {
            page = desk.sessions(cursor, PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("sessions", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
    }

    private String text(Language lang, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, lang.locale());
    }

    /** The Committee's public sessions, for sitemaps. */
    @org.springframework.context.annotation.Bean
    static org.turath.web.PublicPages committeeLandings() {
        return org.turath.web.PublicPages.landingsOnly("committee", "/committee/sessions");
    }
}
