package org.turath.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.AccountsApi;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;

import java.security.Principal;

import org.turath.web.NoStore;

import static org.turath.web.WebConfiguration.LANG;

/** The sign-in page and a person's own account page. Neither is ever cached. */
@Controller
class AccountPages {

    private final AccountsApi accounts;
    private final org.turath.accounts.internal.AccountLifecycle lifecycle;

    AccountPages(AccountsApi accounts, org.turath.accounts.internal.AccountLifecycle lifecycle) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/" + LANG + "/login")
    String login(@PathVariable Language lang, jakarta.servlet.http.HttpServletRequest request, Model model, HttpServletResponse response) {
        NoStore.always(response);
        // what went wrong with the last attempt, told by the sign-in flow's redirect
        firstFlag(request, "throttled", "error").ifPresent(problem -> model.addAttribute("problem", problem));
        // what a link or an account action just did
        firstFlag(request, "activated", "password-changed", "email-changed", "signed-out-everywhere")
                .ifPresent(notice -> model.addAttribute("notice", notice));
        return "accounts/login";
    }

    /** The first of {@code flags} the address carries ({@code ?activated}): a redirect's word on what just happened. */
    private static java.util.Optional<String> firstFlag(jakarta.servlet.http.HttpServletRequest request, String... flags) {
        return java.util.Arrays.stream(flags).filter(flag -> request.getParameter(flag) != null).findFirst();
    }

    @GetMapping("/" + LANG + "/account")
    String account(@PathVariable Language lang, Principal principal, jakarta.servlet.http.HttpServletRequest request,
                   @RequestParam(name = "email-problem", required = false) String problem, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        model.addAttribute("emailSent", firstFlag(request, "email-sent").isPresent());
        model.addAttribute("emailProblem", problem != null && problem.matches("wrong-password|invalid") ? problem : null);
        var account = accounts.find(principal.getName()).orElseThrow(() -> new NotFoundException("account"));
        model.addAttribute("account", account);
        // the second factor is offered to those whose sign-in guards the most
        model.addAttribute("secondFactorOffered", account.roles().contains(org.turath.accounts.Role.ADMIN)
                || account.roles().contains(org.turath.accounts.Role.SECRETARIAT));
        model.addAttribute("secondFactorActive", lifecycle.usesSecondFactor(account.email()));
        return "accounts/account";
    }
}
