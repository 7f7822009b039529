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
    String login(@PathVariable Language lang, @RequestParam java.util.Map<String, String> flags, Model model,
                 HttpServletResponse response) {
        NoStore.always(response);
        // what went wrong with the last attempt, told by the sign-in flow's redirect
        for (String problem : new String[]{"throttled", "error"}) {
            if (flags.containsKey(problem)) {
                model.addAttribute("problem", problem);
                break;
            }
        }
        // what a link or an account action just did
        for (String notice : new String[]{"activated", "password-changed", "email-changed", "signed-out-everywhere"}) {
            if (flags.containsKey(notice)) {
                model.addAttribute("notice", notice);
                break;
            }
        }
        return "accounts/login";
    }

    @GetMapping("/" + LANG + "/account")
    String account(@PathVariable Language lang, Principal principal, @RequestParam java.util.Map<String, String> flags,
                   Model model, HttpServletResponse response) {
        NoStore.personal(response);
        model.addAttribute("emailSent", flags.containsKey("email-sent"));
        String problem = flags.get("email-problem");
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
