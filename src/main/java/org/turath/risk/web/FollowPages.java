package org.turath.risk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.risk.domain.Follower;
import org.turath.risk.internal.FollowDesk;
import org.turath.shared.EmailAddress;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.web.FormRecord;
import org.turath.web.LinkPage;
import org.turath.web.NoStore;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * Following heritage at risk by e-mail: the form (guarded as the other public forms: a honeypot, the time taken, a limit
 * per address), the confirmation (a button, so a mail scanner opening the link confirms nothing), and the stop (a button
 * on the page, or one click from the mail program: a POST to the same address, RFC 8058).
 */
@Controller
class FollowPages {

    private static final Duration FASTEST_HUMAN = Duration.ofSeconds(2);

    /** What the form posts: the item or the state followed, the address, when it was shown, and the honeypot. */
    record FollowForm(String item, String state, String email, String shown, String website) implements FormRecord {
    }

    private final FollowDesk desk;
    private final PublicFormGuard guard;

    FollowPages(FollowDesk desk, PublicFormGuard guard) {
        this.desk = desk;
        this.guard = guard;
    }

    @GetMapping("/" + LANG + "/heritage-at-risk/follow")
    String form(@PathVariable Language lang, @ModelAttribute FollowForm form, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Scope scope = scope(form);
        prepare(model, lang, scope, new FollowForm(scope.item(), scope.state(), null, null, null), Map.of(), null);
        return "risk/follow";
    }

    @PostMapping("/" + LANG + "/heritage-at-risk/follow")
    String ask(@PathVariable Language lang, @ModelAttribute FollowForm form, Model model, HttpServletRequest request,
               HttpServletResponse response) {
        NoStore.personal(response);
        Scope scope = scope(form);
        Map<String, String> errors = new LinkedHashMap<>();
        String email = EmailAddress.normalise(form.email());
        if (!EmailAddress.wellFormed(email)) {
            errors.put("email", "risk.error.email");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, lang, scope, form, errors, null);
            return "risk/follow";
        }
        PublicFormGuard.Verdict verdict = guard.judge("risk-follow", form.website(), form.shown(), FASTEST_HUMAN, request);
        if (verdict == PublicFormGuard.Verdict.ROBOT) {
            // the honeypot: filled by robots only; they are thanked and nothing is sent
            return "redirect:/" + lang.tag() + "/heritage-at-risk/follow/sent";
        }
        if (verdict != PublicFormGuard.Verdict.SEND) {
            response.setStatus(verdict.status());
            prepare(model, lang, scope, form, errors, verdict.problem());
            return "risk/follow";
        }
        try {
            desk.ask(email, lang, scope.item(), scope.state());
        } catch (Refusal refusal) {
            throw new InvalidRequestException(scope.item() != null ? "item" : "state");
        }
        return "redirect:/" + lang.tag() + "/heritage-at-risk/follow/sent";
    }

    @GetMapping("/" + LANG + "/heritage-at-risk/follow/sent")
    String sent(@PathVariable Language lang) {
        return "risk/follow-sent";
    }

    @GetMapping("/" + LANG + "/heritage-at-risk/follow/confirm")
    String confirmPage(@PathVariable Language lang, @RequestParam(name = "token", required = false) String token, Model model,
                       HttpServletResponse response) {
        Optional<Follower> follower = desk.byConfirmation(token).filter(f -> !f.stopped());
        return LinkPage.opened("risk/follow-confirm", "confirmed", follower.isPresent(), follower.map(Follower::confirmed).orElse(false),
                token, name(follower, lang), model, response);
    }

    @PostMapping("/" + LANG + "/heritage-at-risk/follow/confirm")
    String confirm(@PathVariable Language lang, @RequestParam(name = "token", required = false) String token, Model model,
                   HttpServletResponse response) {
        Optional<Follower> follower = desk.byConfirmation(token).filter(f -> !f.stopped());
        return LinkPage.pressed("risk/follow-confirm", "confirmed", desk.confirm(token), name(follower, lang), model, response);
    }

    @GetMapping("/" + LANG + "/heritage-at-risk/follow/stop")
    String stopPage(@PathVariable Language lang, @RequestParam(name = "token", required = false) String token, Model model,
                    HttpServletResponse response) {
        Optional<Follower> follower = desk.byStop(token);
        return LinkPage.opened("risk/follow-stop", "stopped", follower.isPresent(), follower.map(Follower::stopped).orElse(false),
                token, name(follower, lang), model, response);
    }

    /** The button on the page, and a mail program's one-click stop (its body is "List-Unsubscribe=One-Click"). */
    @PostMapping("/" + LANG + "/heritage-at-risk/follow/stop")
    String stop(@PathVariable Language lang, @RequestParam(name = "token", required = false) String token, Model model,
                HttpServletResponse response) {
        Optional<Follower> follower = desk.byStop(token);
        return LinkPage.pressed("risk/follow-stop", "stopped", desk.stop(token), name(follower, lang), model, response);
    }

    /** What the follower follows (an item or a state), in the page's language. */
    private String name(Optional<Follower> follower, Language lang) {
        return follower.map(f -> desk.subjectName(f.itemReference(), f.state(), lang)).orElse(null);
    }

    /** What is followed: an item or a state, as the address or the form names it (one of the two). */
    private record Scope(String item, String state) {
    }

    private static Scope scope(FollowForm form) {
        String item = form.item() == null || form.item().isBlank() ? null : form.item().strip().toUpperCase(Locale.ROOT);
        String state = form.state() == null || form.state().isBlank() ? null : form.state().strip().toUpperCase(Locale.ROOT);
        if ((item == null) == (state == null)) {
            throw new InvalidRequestException("item");
        }
        if (item != null && !item.matches("[A-Z]{2,5}-\\d{1,9}")) {
            throw new InvalidRequestException("item");
        }
        if (state != null && !state.matches("[A-Z]{2}")) {
            throw new InvalidRequestException("state");
        }
        return new Scope(item, state);
    }

    private void prepare(Model model, Language lang, Scope scope, FollowForm form, Map<String, String> errors, String problem) {
        if (!desk.known(scope.item(), scope.state())) {
            throw new InvalidRequestException(scope.item() != null ? "item" : "state");
        }
        String name = desk.subjectName(scope.item(), scope.state(), lang);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("name", name);
        model.addAttribute("shown", guard.issue());
    }
}
