package org.turath.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditTrail;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.turath.web.NoStore;

import static org.turath.web.WebConfiguration.LANG;

/** The back office's front page, and the audit log for administrators (page and CSV export). */
@Controller
class AdminPages {

    private static final int PAGE = 100;

    private final AuditTrail trail;
    private final AuditLog audit;
    private final org.turath.accounts.AccountsApi accounts;

    AdminPages(AuditTrail trail, AuditLog audit, org.turath.accounts.AccountsApi accounts) {
        this.trail = trail;
        this.audit = audit;
        this.accounts = accounts;
    }

    @GetMapping("/" + LANG + "/admin")
    String home(@PathVariable Language lang, Authentication authentication, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Actor actor = Actor.of(authentication).orElseThrow(() -> new NotFoundException("actor"));
        model.addAttribute("heritage", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EDITOR, Role.FOCAL_POINT));
        model.addAttribute("administration", actor.hasAny(Role.ADMIN));
        model.addAttribute("imports", actor.hasAny(Role.ADMIN, Role.SECRETARIAT));
        model.addAttribute("nominations", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT, Role.EVALUATOR,
                Role.COMMITTEE_MEMBER));
        model.addAttribute("sessions", actor.hasAny(Role.SECRETARIAT, Role.COMMITTEE_MEMBER));
        model.addAttribute("preliminary", actor.hasAny(Role.SECRETARIAT, Role.FOCAL_POINT));
        model.addAttribute("trainings", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.TRAINER));
        model.addAttribute("engagement", actor.hasAny(Role.ADMIN, Role.SECRETARIAT));
        model.addAttribute("library", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EDITOR));
        model.addAttribute("risk", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR, Role.FOCAL_POINT));
        model.addAttribute("partners", actor.hasAny(Role.ADMIN, Role.SECRETARIAT));
        model.addAttribute("museums", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.MUSEUM_CURATOR));
        model.addAttribute("alerts", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.MUSEUM_CURATOR, Role.FOCAL_POINT));
        model.addAttribute("fund", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT, Role.EVALUATOR));
        model.addAttribute("observatory", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR));
        model.addAttribute("contributions", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR));
        model.addAttribute("contacts", actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT));
        return "accounts/admin";
    }

    /** The audit log's filter and position, as the page's form and links give them. */
    record AuditQuery(String type, String actor, String from, String until, String cursor) implements org.turath.web.FormRecord {
    }

    @GetMapping("/" + LANG + "/admin/audit")
    String audit(@PathVariable Language lang, @ModelAttribute AuditQuery query, Model model,
                 HttpServletResponse response) {
        NoStore.personal(response);
        AuditTrail.Filter filter = filter(query);
        Optional<Long> before = RequestParameters.present(query.cursor()).map(value -> {
            if (!value.matches("\\d{1,18}")) {
                throw new InvalidRequestException("cursor");
            }
            return Long.valueOf(value);
        });
        var page = trail.page(filter, before, PAGE);
        model.addAttribute("entries", page.items());
        // who, by the name they go by: each person of the page once
        java.util.Map<String, String> names = new java.util.HashMap<>();
        page.items().stream().map(entry -> entry.actor()).filter(java.util.Objects::nonNull).distinct().forEach(email ->
                accounts.find(email).ifPresent(account -> names.put(email, account.displayName())));
        model.addAttribute("names", names);
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("types", AuditType.values());
        model.addAttribute("filter", query);
        return "accounts/audit";
    }

    /** The filtered log as CSV, streamed a page at a time; the export itself is logged. */
    @GetMapping("/" + LANG + "/admin/audit.csv")
    void auditCsv(@PathVariable Language lang, @ModelAttribute AuditQuery query, HttpServletResponse response)
            throws IOException {
        AuditTrail.Filter filter = filter(query);
        audit.record(AuditType.EXPORT, "audit log", query.toString());
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        NoStore.personal(response);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"turath-audit.csv\"");
        Writer writer = response.getWriter();
        trail.writeCsv(filter, writer);
        writer.flush();
    }

    private static AuditTrail.Filter filter(AuditQuery query) {
        Optional<AuditType> type = RequestParameters.present(query.type())
                .map(value -> RequestParameters.enumValue(AuditType.class, value, "type"));
        Optional<String> actor = RequestParameters.present(query.actor()).map(String::strip);
        if (actor.isPresent() && actor.get().length() > 320) {
            throw new InvalidRequestException("actor");
        }
        return new AuditTrail.Filter(type, actor, date(query.from(), "from").map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)),
                date(query.until(), "until").map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static Optional<LocalDate> date(String value, String name) {
        try {
            return RequestParameters.present(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name);
        }
    }
}
