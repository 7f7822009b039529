package org.turath.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.domain.AccountToken;
import org.turath.accounts.internal.AccountLifecycle;
import org.turath.shared.Language;

import java.util.Optional;

import org.turath.web.NoStore;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The pages behind the links the portal mails: accepting an invitation, resetting a forgotten
 * password, confirming a new e-mail address; and, for people signed in, changing their address
 * and signing out on every device. A link's secret travels in the form, never in a redirect.
 */
@Controller
class AccountLinkPages {

    private final AccountLifecycle lifecycle;

    private final org.springframework.core.task.TaskExecutor resets;

    AccountLinkPages(AccountLifecycle lifecycle,
                     @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") org.springframework.core.task.TaskExecutor resets) {
        this.lifecycle = lifecycle;
        this.resets = resets;
    }

    /**
     * A mailed link's address: its secret, or a flag the page was sent back with ({@code ?sent},
     * {@code ?throttled}: present, even empty, means set).
     */
    record LinkQuery(String token, String sent, String throttled) {
    }

    /** The password chosen from a mailed link, typed twice. */
    record PasswordForm(String token, String password, String confirmation) {
    }

    @GetMapping("/" + LANG + "/account/activate")
    String activation(@PathVariable Language lang, @ModelAttribute LinkQuery link, Model model,
                      HttpServletResponse response) {
        return passwordForm(link, AccountToken.Purpose.INVITATION, model, response);
    }

    @PostMapping("/" + LANG + "/account/activate")
    String activate(@PathVariable Language lang, @ModelAttribute PasswordForm form, Model model,
                    HttpServletResponse response) {
        return choosePassword(lang, form, AccountToken.Purpose.INVITATION, model, response);
    }

    @GetMapping("/" + LANG + "/password/reset")
    String resetForm(@PathVariable Language lang, @ModelAttribute LinkQuery link, Model model,
                     HttpServletResponse response) {
        return passwordForm(link, AccountToken.Purpose.PASSWORD_RESET, model, response);
    }

    @PostMapping("/" + LANG + "/password/reset")
    String reset(@PathVariable Language lang, @ModelAttribute PasswordForm form, Model model,
                 HttpServletResponse response) {
        return choosePassword(lang, form, AccountToken.Purpose.PASSWORD_RESET, model, response);
    }

    @GetMapping("/" + LANG + "/password/forgot")
    String forgotForm(@PathVariable Language lang, @ModelAttribute LinkQuery link, Model model,
                      HttpServletResponse response) {
        linkPage(response);
        model.addAttribute("sent", link.sent() != null);
        model.addAttribute("throttled", link.throttled() != null);
        return "accounts/forgot";
    }

    @PostMapping("/" + LANG + "/password/forgot")
    String forgot(@PathVariable Language lang, @RequestParam(name = "email", required = false) String email,
                  jakarta.servlet.http.HttpServletRequest request) {
        if (email != null && email.length() <= 320 && !email.isBlank()) {
            // done after answering: the answer takes as long for an unknown address as for an account's
            String address = request.getRemoteAddr();
            try {
                resets.execute(() -> lifecycle.requestPasswordReset(email, address));
            } catch (org.springframework.core.task.TaskRejectedException busy) {
                lifecycle.requestPasswordReset(email, address);
            }
        }
        // the same answer whether or not the address has an account
        return "redirect:/" + lang.tag() + "/password/forgot?sent";
    }

    @GetMapping("/" + LANG + "/account/email/confirm")
    String emailConfirmation(@PathVariable Language lang, @ModelAttribute LinkQuery link, Model model,
                             HttpServletResponse response) {
        linkPage(response);
        if (link.throttled() != null) {
            model.addAttribute("throttled", true);
            return "accounts/email-confirm";
        }
        String token = link.token();
        lifecycle.check(token, AccountToken.Purpose.EMAIL_CHANGE);
        model.addAttribute("token", token);
        return "accounts/email-confirm";
    }

    @PostMapping("/" + LANG + "/account/email/confirm")
    String confirmEmail(@PathVariable Language lang, @RequestParam(name = "token", required = false) String token,
                        HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        lifecycle.confirmEmailChange(token);
        // whoever was signed in here was signed in under the old address
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/" + lang.tag() + "/login?email-changed";
    }

    @PostMapping("/" + LANG + "/account/email")
    String changeEmail(@PathVariable Language lang, @RequestParam(name = "password", required = false) String password,
                       @RequestParam(name = "newEmail", required = false) String newEmail, Authentication authentication) {
        Optional<String> problem = lifecycle.requestEmailChange(authentication.getName(), password, newEmail);
        return "redirect:/" + lang.tag() + "/account?" + problem.map(key -> "email-problem=" + key.substring(key.lastIndexOf('.') + 1))
                .orElse("email-sent");
    }

    @PostMapping("/" + LANG + "/account/language")
    String language(@PathVariable Language lang, @RequestParam(name = "language", required = false) String tag,
                    Authentication authentication) {
        Language chosen = Language.fromTag(tag).orElseThrow(() -> new org.turath.shared.InvalidRequestException("language"));
        lifecycle.prefer(authentication.getName(), chosen);
        return "redirect:/" + chosen.tag() + "/account?language-saved";
    }

    @PostMapping("/" + LANG + "/account/sessions/end")
    String signOutEverywhere(@PathVariable Language lang, Authentication authentication, HttpServletRequest request,
                             HttpServletResponse response) {
        lifecycle.signOutEverywhere(authentication.getName());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/" + lang.tag() + "/login?signed-out-everywhere";
    }

    private String passwordForm(LinkQuery link, AccountToken.Purpose purpose, Model model,
                                HttpServletResponse response) {
        linkPage(response);
        model.addAttribute("purpose", purpose);
        if (link.throttled() != null) {
            model.addAttribute("throttled", true);
            return "accounts/choose-password";
        }
        String token = link.token();
        model.addAttribute("holder", lifecycle.check(token, purpose));
        model.addAttribute("token", token);
        return "accounts/choose-password";
    }

    private String choosePassword(Language lang, PasswordForm form, AccountToken.Purpose purpose, Model model,
                                  HttpServletResponse response) {
        linkPage(response);
        String token = form.token();
        String password = form.password() == null ? "" : form.password();
        Optional<String> problem = password.equals(form.confirmation())
                ? lifecycle.choosePassword(token, purpose, password)
                : Optional.of("accounts.password.mismatch");
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("purpose", purpose);
            model.addAttribute("holder", lifecycle.check(token, purpose));
            model.addAttribute("token", token);
            model.addAttribute("problem", problem.get());
            return "accounts/choose-password";
        }
        return "redirect:/" + lang.tag() + "/login?" + (purpose == AccountToken.Purpose.INVITATION ? "activated" : "password-changed");
    }

    /** A page reached from a mailed link: never stored, and its address (the secret) never sent on as a referrer. */
    private static void linkPage(HttpServletResponse response) {
        NoStore.always(response);
        // the link's secret must not leak to other sites through the Referer header
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
