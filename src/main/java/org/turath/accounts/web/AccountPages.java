package org.turath.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.AccountsApi;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;

import java.security.Principal;

import static org.turath.shared.web.WebConfiguration.LANG;

/** The sign-in page and a person's own account page. Neither is ever cached. */
@Controller
class AccountPages {

    private final AccountsApi accounts;

    AccountPages(AccountsApi accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/" + LANG + "/login")
    String login(@PathVariable Language lang, @RequestParam java.util.Map<String, String> flags, Model model,
                 HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // what went wrong with the last attempt, told by the sign-in flow's redirect
        for (String problem : new String[]{"throttled", "locked", "error"}) {
            if (flags.containsKey(problem)) {
                model.addAttribute("problem", problem);
                break;
            }
        }
        return "accounts/login";
    }

    @GetMapping("/" + LANG + "/account")
    String account(@PathVariable Language lang, Principal principal, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        model.addAttribute("account", accounts.find(principal.getName()).orElseThrow(() -> new NotFoundException("account")));
        return "accounts/account";
    }
}
