package org.turath.fund.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.turath.accounts.Actor;
import org.turath.fund.FundRequestId;
import org.turath.fund.domain.Score;
import org.turath.fund.internal.ReviewDesk;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.TextInput;
import org.turath.web.Decimals;
import org.turath.web.NoStore;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The review of a request, one action per form on its page: the secretariat's eligibility check or return, the experts'
 * assignment, an expert's declaration and scores, the decision, the grant agreement, tranches paid and closure. A refused
 * action shows the request's page again with the reason.
 */
@Controller
class ReviewPages {

    private static final String BASE = RequestPages.BASE;

    /** What an action's form posts; each action reads the fields it needs. */
    record ActionForm(String version, String decision, String note, String on, String amount, String experts, String due,
                      List<String> score, List<String> reason) {
    }

    private final ReviewDesk desk;
    private final RequestPages pages;

    ReviewPages(ReviewDesk desk, RequestPages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @PostMapping("/" + LANG + BASE + "/{id}/eligibility")
    String eligibility(@PathVariable Language lang, @PathVariable FundRequestId id, @ModelAttribute ActionForm action, Actor actor,
                       Model model, HttpServletResponse response) {
        return act(lang, id, actor, model, response, "checked", () -> {
            switch (action.decision() == null ? "" : action.decision()) {
                case "eligible" -> desk.checkEligibility(actor, id, version(action), true, TextInput.block(action.note()));
                case "ineligible" -> desk.checkEligibility(actor, id, version(action), false, TextInput.block(action.note()));
                case "return" -> desk.returnToState(actor, id, version(action), TextInput.block(action.note()));
                default -> throw new Refusal("fund", "choose");
            }
        });
    }

    @PostMapping("/" + LANG + BASE + "/{id}/assign")
    String assign(@PathVariable Language lang, @PathVariable FundRequestId id, @ModelAttribute ActionForm action, Actor actor, Model model,
                  HttpServletResponse response) {
        return act(lang, id, actor, model, response, "assigned", () -> {
            List<String> experts = action.experts() == null ? List.of()
                    : Arrays.stream(action.experts().split("[,;\\s]+")).filter(e -> !e.isBlank()).distinct().limit(10).toList();
            desk.assign(actor, id, experts, day(action.due()));
        });
    }

    @PostMapping("/" + LANG + BASE + "/{id}/declare")
    String declare(@PathVariable Language lang, @PathVariable FundRequestId id, @ModelAttribute ActionForm action, Actor actor,
                   Model model, HttpServletResponse response) {
        return act(lang, id, actor, model, response, "declared", () -> {
            if (!"conflict".equals(action.decision()) && !"none".equals(action.decision())) {
                throw new Refusal("fund", "choose");
            }
            desk.declare(actor, id, "conflict".equals(action.decision()), TextInput.block(action.note()));
        });
    }

    @PostMapping("/" + LANG + BASE + "/{id}/score")
    String score(@PathVariable Language lang, @PathVariable FundRequestId id, @ModelAttribute ActionForm action, Actor actor, Model model,
                 HttpServletResponse response) {
        return act(lang, id, actor, model, response, "reviewed", () -> {
            List<String> typed = action.score() == null ? List.of() : action.score();
            List<Score> scores = new ArrayList<>();
            for (int i = 0; i < typed.size() && i < 20; i++) {
                String value = TextInput.line(typed.get(i));
                String reason = action.reason() != null && i < action.reason().size() ? TextInput.block(action.reason().get(i)) : null;
                if (value == null || !value.matches("\\d{1,2}")) {
                    throw new Refusal("fund", "scores");
                }
                if (reason != null && reason.length() > 2000) {
                    throw new Refusal("fund", "too-long");
                }
                scores.add(new Score(Integer.parseInt(value), reason));
            }
            String opinion = TextInput.block(action.note());
            if (opinion != null && opinion.length() > 4000) {
                throw new Refusal("fund", "too-long");
            }
            desk.score(actor, id, scores, opinion);
        });
    }

    @PostMapping("/" + LANG + BASE + "/{id}/decide")
    String decide(@PathVariable Language lang, @PathVariable FundRequestId id, @ModelAttribute ActionForm action, Actor actor, Model model,
                  HttpServletResponse response) {
        return act(lang, id, actor, model, response, "decided", () -> {
            String note = TextInput.block(action.note());
            if (note != null && note.length() > 4000) {
                throw new Refusal("fund", "too-long");
            }
            switch (action.decision() == null ? "" : action.decision()) {
                case "grant" -> desk.decide(actor, id, version(action), amount(action.amount()), note);
                case "decline" -> desk.decide(actor, id, version(action), null, note);
                default -> throw new Refusal("fund", "choose");
            }
        });
    }

    @PostMapping("/" + LANG + BASE + "/{id}/grant")
    String grant(@PathVariable Language lang, @PathVariable FundRequestId id, @RequestParam(name = "version", required = false) String version,
                 @RequestParam(name = "document", required = false) MultipartFile upload, Actor actor, Model model,
                 HttpServletResponse response) {
        return act(lang, id, actor, model, response, "grant", () -> {
            if (upload == null || upload.isEmpty()) {
                throw new Refusal("fund", "document-missing");
            }
            try (InputStream in = upload.getInputStream()) {
                desk.attachGrant(actor, id, RequestParameters.version(version), in, upload.getOriginalFilename());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/" + LANG + BASE + "/{id}/grant")
    ResponseEntity<Resource> grantDocument(@PathVariable Language lang, @PathVariable FundRequestId id, Actor actor) {
        return org.turath.web.Downloads.attachment(desk.grant(actor, id), MediaType.APPLICATION_PDF, "grant.pdf", "private, no-store");
    }

    @PostMapping("/" + LANG + BASE + "/{id}/milestones/{index}/pay")
    String pay(@PathVariable Language lang, @PathVariable FundRequestId id, @PathVariable String index, @ModelAttribute ActionForm action,
               Actor actor, Model model, HttpServletResponse response) {
        return act(lang, id, actor, model, response, "paid", () -> desk.pay(actor, id, version(action),
                RequestParameters.intBetween(index, 0, 99, "index"), amount(action.amount()), day(action.on())));
    }

    @PostMapping("/" + LANG + BASE + "/{id}/close")
    String close(@PathVariable Language lang, @PathVariable FundRequestId id, @ModelAttribute ActionForm action, Actor actor, Model model,
                 HttpServletResponse response) {
        return act(lang, id, actor, model, response, "closed", () -> {
            String report = TextInput.block(action.note());
            if (report != null && report.length() > 8000) {
                throw new Refusal("fund", "too-long");
            }
            desk.close(actor, id, version(action), report);
        });
    }

    private String act(Language lang, FundRequestId id, Actor actor, Model model, HttpServletResponse response, String done, Runnable work) {
        NoStore.personal(response);
        try {
            work.run();
            return "redirect:/" + lang.tag() + BASE + "/" + id + "?done=" + done;
        } catch (Refusal refusal) {
            return pages.refused(lang, actor, id, model, response, refusal);
        }
    }

    private static long version(ActionForm action) {
        return RequestParameters.version(action.version());
    }

    static LocalDate day(String typed) {
        String text = TextInput.line(typed);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refusal("fund", "date");
        }
    }

    static BigDecimal amount(String typed) {
        try {
            BigDecimal value = Decimals.parse(typed);
            if (value == null) {
                throw new Refusal("fund", "amount-needed");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Refusal("fund", "amount-needed");
        }
    }
}
