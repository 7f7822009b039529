package org.turath.engagement.web;

import org.turath.engagement.InquiryId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
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
import org.turath.engagement.InquiryTopic;
import org.turath.engagement.domain.Inquiry;
import org.turath.engagement.internal.InquiryDesk;
import org.turath.shared.ConflictException;
import org.turath.shared.EmailAddress;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.FormStamp;
import org.turath.web.NoStore;
import org.turath.throttling.Throttle;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * "Ask us": the public form, guarded without any outside service (a honeypot field, the time the
 * form took to fill, a limit per address), and the secretariat's inbox.
 */
@Controller
class InquiryPages {

    private static final Duration FASTEST_HUMAN = Duration.ofSeconds(3);
    private static final Duration FORM_LIFETIME = Duration.ofHours(12);

    private final InquiryDesk desk;
    private final Throttle throttle;
    private final FormStamp stamps;

    InquiryPages(InquiryDesk desk, Throttle throttle, FormStamp stamps) {
        this.desk = desk;
        this.throttle = throttle;
        this.stamps = stamps;
    }

    @GetMapping("/" + LANG + "/ask")
    String form(@PathVariable Language lang, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        prepare(model, new AskForm(null, lang.tag(), null, null, null, null, null), Map.of(), null);
        return "engagement/ask";
    }

    /**
     * A question to the centre: its topic, the language to answer in, who asks, the message, when the
     * form was shown (signed) and the honeypot {@code website}.
     */
    record AskForm(String topic, String language,
                   @Size(max = 200, message = "engagement.error.name-long") String name,
                   String email,
                   @Size(max = 5000, message = "engagement.error.message-long") String message,
                   String shown, String website) implements FormRecord {
    }

    /** What the inbox's actions post: the version seen, and the assignee or the reply. */
    record ActionForm(String version, String assignee, String body) {
    }

    @PostMapping("/" + LANG + "/ask")
    String send(@PathVariable Language lang, @Valid @ModelAttribute AskForm form, BindingResult binding, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = FieldErrors.of(binding);
        Optional<InquiryTopic> topic = RequestParameters.named(InquiryTopic.class, form.topic());
        if (topic.isEmpty()) {
            errors.put("topic", "engagement.error.topic");
        }
        Language language = Language.fromTag(form.language() == null ? "" : form.language()).orElse(null);
        if (language == null) {
            errors.put("language", "engagement.error.language");
        }
        String name = TextInput.line(form.name());
        String email = EmailAddress.normalise(form.email());
        if (!EmailAddress.wellFormed(email)) {
            errors.put("email", "engagement.error.email");
        }
        String message = TextInput.block(form.message());
        if (message == null) {
            errors.putIfAbsent("message", "engagement.error.message");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, form, errors, null);
            return "engagement/ask";
        }
        if (form.website() != null && !form.website().isEmpty()) {
            // the honeypot: hidden from people, filled by robots; they are thanked and nothing is kept
            return "redirect:/" + lang.tag() + "/ask/thanks";
        }
        FormStamp.Verdict verdict = stamps.judge(form.shown(), FASTEST_HUMAN, FORM_LIFETIME);
        if (verdict != FormStamp.Verdict.HUMAN) {
            // too fast to have been typed, or a form from long ago: shown again, the message kept, to send once more
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, form, errors, verdict == FormStamp.Verdict.TOO_FAST ? "engagement.problem.too-fast" : "engagement.problem.expired");
            return "engagement/ask";
        }
        if (!throttle.allow("inquiry", request.getRemoteAddr(), 5, Duration.ofHours(1))) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            prepare(model, form, errors, "engagement.problem.flood");
            return "engagement/ask";
        }
        Inquiry inquiry = desk.receive(topic.get(), language, name, email, message);
        return "redirect:/" + lang.tag() + "/ask/thanks?reference=" + inquiry.reference();
    }

    @GetMapping("/" + LANG + "/ask/thanks")
    String thanks(@PathVariable Language lang, @RequestParam(required = false) String reference, Model model) {
        model.addAttribute("reference", reference != null && reference.matches("Q-[0-9A-F]{8}") ? reference : null);
        model.addAttribute("days", desk.answerWithin().toDays());
        return "engagement/ask-thanks";
    }

    private void prepare(Model model, AskForm form, Map<String, String> errors, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("topics", InquiryTopic.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("shown", stamps.issue());
    }

    // ---- the inbox

    @GetMapping("/" + LANG + "/admin/inquiries")
    String inbox(@PathVariable Language lang, @RequestParam(name = "view", required = false) String shown,
                 @RequestParam(name = "cursor", required = false) String after, Actor actor, Model model,
                 HttpServletResponse response) {
        NoStore.personal(response);
        InquiryDesk.View view = RequestParameters.present(shown)
                .map(v -> RequestParameters.enumValue(InquiryDesk.View.class, v, "view")).orElse(InquiryDesk.View.OPEN);
        Slice<Inquiry> page;
        try {
            page = desk.inbox(actor, view, RequestParameters.present(after), 50);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("view", view);
        model.addAttribute("views", InquiryDesk.View.values());
        model.addAttribute("inquiries", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("overdueCount", desk.count(actor, InquiryDesk.View.OVERDUE));
        model.addAttribute("desk", desk);
        return "engagement/inbox";
    }

    @GetMapping("/" + LANG + "/admin/inquiries/{id}")
    String inquiry(@PathVariable Language lang, @PathVariable InquiryId id, Actor actor, Model model,
                   HttpServletResponse response) {
        NoStore.personal(response);
        Inquiry inquiry = desk.inquiry(actor, id);
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("replies", desk.replies(actor, inquiry.id()));
        model.addAttribute("overdue", desk.overdue(inquiry));
        model.addAttribute("me", actor.email());
        return "engagement/inquiry";
    }

    @PostMapping("/" + LANG + "/admin/inquiries/{id}/{action}")
    String act(@PathVariable Language lang, @PathVariable("id") InquiryId inquiry, @PathVariable String action,
               @ModelAttribute ActionForm form, Actor actor) {
        long version = RequestParameters.version(form.version());
        String back = "redirect:/" + lang.tag() + "/admin/inquiries/" + inquiry;
        try {
            switch (action) {
                case "assign" -> {
                    String to = EmailAddress.normalise(form.assignee() == null ? actor.email() : form.assignee());
                    if (!EmailAddress.wellFormed(to)) {
                        return back + "?problem=assignee";
                    }
                    desk.assign(actor, inquiry, version, to);
                }
                case "reply" -> {
                    String body = TextInput.block(form.body());
                    if (body == null || body.length() > 10_000) {
                        return back + "?problem=" + (body == null ? "reply-empty" : "reply-long");
                    }
                    desk.reply(actor, inquiry, version, body);
                }
                case "close" -> desk.close(actor, inquiry, version);
                case "reopen" -> desk.reopen(actor, inquiry, version);
                default -> throw new NotFoundException("action");
            }
        } catch (ConflictException e) {
            return back + "?problem=" + e.type();
        }
        return back + "?done=" + action;
    }

    /** "Ask us", for sitemaps. */
    @org.springframework.context.annotation.Bean
    static org.turath.web.PublicPages askLandings() {
        return org.turath.web.PublicPages.landingsOnly("ask", "/ask");
    }
}
