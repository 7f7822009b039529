package org.turath.engagement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.turath.web.FieldErrors;
import org.turath.web.FormRecord;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.engagement.internal.FeedbackDesk;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotAllowedException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.NoStore;
import org.turath.throttling.Throttle;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import static org.turath.web.WebConfiguration.LANG;

/**
 * "Overall, how satisfied are you?": the survey page every page's footer links to (with the page
 * it was given on), and the secretariat's chart of the answers over time.
 */
@Controller
class FeedbackPages {

    /** A page of the portal, as the footer's link names it: a path in one of the languages, nothing else. */
    private static final Pattern PAGE = Pattern.compile("/(ar|en|fr)(/[\\p{L}\\p{N}._~%\\-/]{0,400})?");
    private static final String ANSWERED = "TURATH_ANSWERED";

    private final FeedbackDesk desk;
    private final Throttle throttle;
    private final org.springframework.context.MessageSource messages;

    FeedbackPages(FeedbackDesk desk, Throttle throttle, org.springframework.context.MessageSource messages) {
        this.desk = desk;
        this.throttle = throttle;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/feedback")
    String form(@PathVariable Language lang, @RequestParam(required = false) String from, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        prepare(model, lang, Map.of("from", page(from, lang)), Map.of(), null);
        return "engagement/feedback";
    }

    /**
     * An answer to the survey: the page it is about, a score from 1 to 5, an optional comment, and the
     * honeypot {@code website} a person never sees.
     */
    record AnswerForm(String from,
                      @Min(value = 1, message = "engagement.error.score") @Max(value = 5, message = "engagement.error.score") Integer score,
                      @Size(max = 2000, message = "engagement.error.comment-long") String comment,
                      String website) implements FormRecord {
    }

    @PostMapping("/" + LANG + "/feedback")
    String answer(@PathVariable Language lang, @Valid @ModelAttribute AnswerForm form, BindingResult binding, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        NoStore.personal(response);
        String from = page(form.from(), lang);
        Map<String, String> errors = FieldErrors.of(binding);
        if (form.score() == null) {
            errors.put("score", "engagement.error.score");
        }
        String comment = TextInput.block(form.comment());
        AnswerForm kept = new AnswerForm(from, form.score(), form.comment(), form.website());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, lang, kept, errors, null);
            return "engagement/feedback";
        }
        if (form.website() != null && !form.website().isEmpty()) {
            // the honeypot: a person never sees this field; a robot is thanked and forgotten
            return "redirect:/" + lang.tag() + "/feedback/thanks";
        }
        // the pages this browser answered for, kept in a cookie of their short hashes: a visitor leaves no session
        // behind (the address throttle below holds for those who drop cookies)
        jakarta.servlet.http.Cookie answeredCookie = org.springframework.web.util.WebUtils.getCookie(request, ANSWERED);
        java.util.List<String> answered = answeredCookie == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(java.util.Arrays.stream(answeredCookie.getValue().split("\\.")).filter(h -> h.matches("[0-9a-f]{1,8}")).limit(50).toList());
        String mark = Integer.toHexString(from.hashCode());
        if (answered.contains(mark)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            prepare(model, lang, kept, errors, "engagement.problem.already-answered");
            return "engagement/feedback";
        }
        if (!throttle.allow("feedback", request.getRemoteAddr(), 10, Duration.ofHours(1))) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            prepare(model, lang, kept, errors, "engagement.problem.flood");
            return "engagement/feedback";
        }
        desk.answer(form.score(), comment, from, lang);
        answered.add(0, mark);
        org.turath.web.BrowserCookies.set(request, response, ANSWERED,
                String.join(".", answered.subList(0, Math.min(answered.size(), 50))), Duration.ofDays(365));
        return "redirect:/" + lang.tag() + "/feedback/thanks?from=" + java.net.URLEncoder.encode(from, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/" + LANG + "/feedback/thanks")
    String thanks(@PathVariable Language lang, @RequestParam(required = false) String from, Model model) {
        model.addAttribute("from", page(from, lang));
        return "engagement/feedback-thanks";
    }

    private void prepare(Model model, Language lang, Object form, Map<String, String> errors, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
    }

    /** The page the survey is about: the footer's link names it; anything else becomes the home page. */
    static String page(String from, Language lang) {
        if (from == null || from.length() > 500 || !PAGE.matcher(from).matches() || from.contains("//") || from.contains("..")) {
            return "/" + lang.tag() + "/";
        }
        return from;
    }

    @GetMapping("/" + LANG + "/admin/feedback")
    String results(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after,
                   Authentication authentication, Model model,
                   HttpServletResponse response) {
        NoStore.personal(response);
        Actor actor = Actor.of(authentication).orElseThrow(NotAllowedException::new);
        Slice<org.turath.engagement.domain.FeedbackAnswer> comments;
        try {
            comments = desk.comments(actor, RequestParameters.present(after), 50);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        var months = desk.monthly(actor, 24);
        model.addAttribute("months", months);
        model.addAttribute("comments", comments.items());
        model.addAttribute("next", comments.nextCursor().orElse(null));
        java.time.format.DateTimeFormatter label = java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", lang.locale());
        model.addAttribute("chart", Map.of(
                "labels", months.stream().map(m -> label.format(m.month())).toList(),
                "series", java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(score -> Map.of(
                        "label", messages.getMessage("engagement.score." + score, null, lang.locale()),
                        "data", months.stream().map(m -> m.count(score)).toList())).toList(),
                "meanLabel", messages.getMessage("engagement.results.mean", null, lang.locale()),
                "means", months.stream().map(m -> m.total() == 0 ? 0 : Math.round(m.mean() * 100) / 100.0).toList()));
        return "engagement/feedback-results";
    }

    /** The satisfaction survey, for sitemaps. */
    @org.springframework.context.annotation.Bean
    static org.turath.web.PublicPages feedbackLandings() {
        return org.turath.web.PublicPages.landingsOnly("feedback", "/feedback");
    }
}
