package org.turath.risk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.turath.accounts.Actor;
import org.turath.registry.HeritageDetail;
import org.turath.risk.ContributionId;
import org.turath.risk.domain.Contribution;
import org.turath.risk.internal.ContributionDesk;
import org.turath.shared.EmailAddress;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.FieldErrors;
import org.turath.web.FormRecord;
import org.turath.web.LinkPage;
import org.turath.web.NoStore;
import org.turath.web.PhotoResponses;
import org.turath.web.Refused;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * Reports and photographs from the public: the form on an item (no account; guarded as the other public forms — a
 * honeypot, the time taken, a limit per address), the confirmation of the sender's address (a button, so a mail scanner
 * opening the link confirms nothing), an item's accepted sendings, and their photographs.
 */
@Controller
class ContributionPages {

    private static final Duration FASTEST_HUMAN = Duration.ofSeconds(3);
    static final int PAGE = 20;

    /**
     * What the form posts: the item, what is sent, when it was seen, the description, who sends it and how to credit
     * them, the photograph's licence and the sender's consents, when the form was shown, and the honeypot.
     */
    record ContributionForm(String item, String kind, String observedOn,
                            @Size(max = 4000, message = "risk.error.contribution-description-long") String description,
                            @Size(max = 200, message = "risk.error.contribution-name-long") String sender,
                            String email, String credit, String licence, String consent, String sharePlace, String shown,
                            String website) implements FormRecord {

        static ContributionForm empty(String item, Contribution.Kind kind) {
            return new ContributionForm(item, kind == null ? null : kind.name(), null, null, null, null, "name",
                    Contribution.Licence.CC_BY_4_0.spdx(), null, null, null, null);
        }
    }

    private final ContributionDesk desk;
    private final ContributionViews views;
    private final PublicFormGuard guard;
    private final MessageSource messages;

    ContributionPages(ContributionDesk desk, ContributionViews views, PublicFormGuard guard, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/heritage-at-risk/contribute")
    String form(@PathVariable Language lang, @RequestParam(name = "item", required = false) String item,
                @RequestParam(name = "kind", required = false) String kind, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        String reference = reference(item);
        prepare(model, lang, reference, ContributionForm.empty(reference,
                RequestParameters.named(Contribution.Kind.class, kind).orElse(null)), Map.of(), null);
        return "risk/contribute";
    }

    @PostMapping("/" + LANG + "/heritage-at-risk/contribute")
    String send(@PathVariable Language lang, @Valid @ModelAttribute ContributionForm form, BindingResult binding,
                @RequestParam(name = "photo", required = false) MultipartFile photo, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        NoStore.personal(response);
        String reference = reference(form.item());
        Map<String, String> errors = FieldErrors.of(binding);
        Optional<Contribution.Kind> kind = RequestParameters.named(Contribution.Kind.class, form.kind());
        if (kind.isEmpty()) {
            errors.put("kind", "risk.error.required");
        }
        LocalDate observedOn = null;
        if (RequestParameters.present(form.observedOn()).isPresent()) {
            try {
                observedOn = LocalDate.parse(form.observedOn().strip());
                if (observedOn.getYear() < 1900 || observedOn.isAfter(desk.today())) {
                    errors.put("observedOn", "risk.error.date-range");
                }
            } catch (DateTimeParseException e) {
                errors.put("observedOn", "risk.error.date");
            }
        }
        String description = TextInput.block(form.description());
        if (description == null) {
            errors.putIfAbsent("description", "risk.error.contribution-description");
        }
        String sender = TextInput.line(form.sender());
        if (sender == null) {
            errors.putIfAbsent("sender", "risk.error.contribution-name");
        }
        String email = EmailAddress.normalise(form.email());
        if (!EmailAddress.wellFormed(email)) {
            errors.put("email", "risk.error.email");
        }
        boolean hasPhoto = photo != null && !photo.isEmpty();
        Optional<Contribution.Licence> licence = Contribution.Licence.of(form.licence());
        if (hasPhoto && licence.isEmpty()) {
            errors.put("licence", "risk.error.code");
        }
        if (hasPhoto && !"yes".equals(form.consent())) {
            errors.put("consent", "risk.error.contribution-consent");
        }
        if (!hasPhoto && kind.filter(k -> k == Contribution.Kind.PHOTOGRAPH).isPresent()) {
            errors.put("photo", "risk.problem.photo-missing");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, lang, reference, form, errors, hasPhoto ? "risk.problem.contribution-photo-again" : null);
            return "risk/contribute";
        }
        PublicFormGuard.Verdict verdict = guard.judge("risk-contribution", form.website(), form.shown(), FASTEST_HUMAN, request);
        if (verdict == PublicFormGuard.Verdict.ROBOT) {
            // the honeypot: filled by robots only; they are thanked and nothing is kept
            return "redirect:/" + lang.tag() + "/heritage-at-risk/contribute/sent";
        }
        if (verdict != PublicFormGuard.Verdict.SEND) {
            response.setStatus(verdict.status());
            prepare(model, lang, reference, form, errors, verdict.problem());
            return "risk/contribute";
        }
        try {
            desk.send(new ContributionDesk.Sending(reference, kind.get(), observedOn, description, sender, email, lang,
                    !"anonymous".equals(form.credit()), hasPhoto && "yes".equals(form.sharePlace()),
                    licence.orElse(Contribution.Licence.CC_BY_4_0), hasPhoto ? photo : null));
        } catch (Refusal refusal) {
            response.setStatus(Refused.status(refusal));
            prepare(model, lang, reference, form, Map.of("photo", refusal.messageKey()), null);
            model.addAttribute("refusal", Refused.say(messages, refusal, lang));
            return "risk/contribute";
        }
        return "redirect:/" + lang.tag() + "/heritage-at-risk/contribute/sent";
    }

    @GetMapping("/" + LANG + "/heritage-at-risk/contribute/sent")
    String sent(@PathVariable Language lang, Model model) {
        // the page that says a confirmation link is on its way, saying also how long what was sent waits for it
        model.addAttribute("lead", messages.getMessage("risk.contribute.sent.lead", new Object[]{desk.unconfirmedKeptDays()}, lang.locale()));
        return "risk/follow-sent";
    }

    @GetMapping("/" + LANG + "/heritage-at-risk/contribute/confirm")
    String confirmPage(@PathVariable Language lang, @RequestParam(name = "token", required = false) String token, Model model,
                       HttpServletResponse response) {
        Optional<Contribution> contribution = desk.byConfirmation(token);
        return LinkPage.opened("risk/contribute-confirm", "confirmed", contribution.isPresent(),
                contribution.map(c -> c.status() != Contribution.Status.UNCONFIRMED).orElse(false), token,
                itemName(contribution, lang), model, response);
    }

    @PostMapping("/" + LANG + "/heritage-at-risk/contribute/confirm")
    String confirm(@PathVariable Language lang, @RequestParam(name = "token", required = false) String token, Model model,
                   HttpServletResponse response) {
        Optional<Contribution> contribution = desk.byConfirmation(token);
        return LinkPage.pressed("risk/contribute-confirm", "confirmed", desk.confirm(token), itemName(contribution, lang), model,
                response);
    }

    /** The name of the item the sending is about, in the page's language. */
    private String itemName(Optional<Contribution> contribution, Language lang) {
        return contribution.map(c -> desk.itemName(c.itemReference(), lang)).orElse(null);
    }

    /** An item's accepted reports and photographs from the public, the latest first, a page at a time. */
    @GetMapping("/" + LANG + "/heritage-at-risk/from-the-public")
    String shown(@PathVariable Language lang, @RequestParam(name = "item", required = false) String item,
                 @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        String reference = reference(item);
        HeritageDetail detail = desk.item(reference).orElseThrow(() -> new InvalidRequestException("item"));
        Slice<Contribution> page;
        try {
            page = desk.shown(reference, RequestParameters.present(cursor), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("reference", reference);
        model.addAttribute("name", detail.name().resolve(lang).orElse(null));
        model.addAttribute("contributions", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        return "risk/from-the-public";
    }

    @GetMapping("/heritage-at-risk/contributions/{id}/photo")
    ResponseEntity<FileSystemResource> photo(@PathVariable ContributionId id, Authentication authentication) {
        return PhotoResponses.jpeg(desk.photo(Actor.of(authentication), id, ContributionDesk.Size.LARGE), Duration.ofDays(7));
    }

    @GetMapping("/heritage-at-risk/contributions/{id}/photo/thumb")
    ResponseEntity<FileSystemResource> thumb(@PathVariable ContributionId id, Authentication authentication) {
        return PhotoResponses.jpeg(desk.photo(Actor.of(authentication), id, ContributionDesk.Size.THUMB), Duration.ofDays(7));
    }

    /** The item a form or a list names: a reference of the List's shape, upper case. */
    static String reference(String item) {
        String reference = item == null ? "" : item.strip().toUpperCase(Locale.ROOT);
        if (!reference.matches("[A-Z]{2,5}-\\d{1,9}")) {
            throw new InvalidRequestException("item");
        }
        return reference;
    }

    private void prepare(Model model, Language lang, String reference, ContributionForm form, Map<String, String> errors,
                         String problem) {
        HeritageDetail item = desk.item(reference).orElseThrow(() -> new InvalidRequestException("item"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("reference", reference);
        model.addAttribute("name", item.name().resolve(lang).orElse(null));
        model.addAttribute("sensitive", item.sensitive());
        model.addAttribute("kinds", Contribution.Kind.values());
        model.addAttribute("licences", Contribution.Licence.values());
        model.addAttribute("shown", guard.issue());
        model.addAttribute("today", desk.today());
    }
}
