package org.turath.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.internal.AccountLifecycle;
import org.turath.accounts.internal.SecondFactor;
import org.turath.accounts.internal.SignInFlow;
import org.turath.shared.Language;

import java.io.IOException;

import org.turath.web.NoStore;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The second factor: the code step of signing in, and, for administrators and the secretariat,
 * setting up an authenticator app (QR code or the secret typed in) and turning it off again.
 */
@Controller
class SecondFactorPages {

    private static final String SETUP = SecondFactorPages.class.getName() + ".setup";

    private final SignInFlow signIn;
    private final AccountLifecycle lifecycle;
    private final SecondFactor secondFactor;

    SecondFactorPages(SignInFlow signIn, AccountLifecycle lifecycle, SecondFactor secondFactor) {
        this.signIn = signIn;
        this.lifecycle = lifecycle;
        this.secondFactor = secondFactor;
    }

    @GetMapping("/" + LANG + "/login/code")
    String codeForm(@PathVariable Language lang, HttpServletRequest request, Model model, HttpServletResponse response) {
        NoStore.always(response);
        // no sign-in waits for a code here (expired, started over, or never begun)
        model.addAttribute("expired", !signIn.codePending(request));
        return "accounts/login-code";
    }

    @PostMapping("/" + LANG + "/login/code")
    String code(@PathVariable Language lang, @RequestParam(name = "code", required = false) String code, Model model,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        NoStore.always(response);
        if (!signIn.codePending(request)) {
            model.addAttribute("expired", true);
            return "accounts/login-code";
        }
        if (signIn.completeWithCode(request, response, code)) {
            return null;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("wrong", true);
        return "accounts/login-code";
    }

    @GetMapping("/" + LANG + "/account/two-factor")
    String setup(@PathVariable Language lang, Authentication authentication, HttpSession session, Model model,
                 HttpServletResponse response) {
        NoStore.always(response);
        boolean active = lifecycle.usesSecondFactor(authentication.getName());
        model.addAttribute("active", active);
        if (!active) {
            String secret = session.getAttribute(SETUP) instanceof String pending ? pending : secondFactor.newSecret();
            session.setAttribute(SETUP, secret);
            model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
            model.addAttribute("qr", secondFactor.qrCode(secondFactor.uri(authentication.getName(), secret)));
        }
        return "accounts/two-factor";
    }

    @PostMapping("/" + LANG + "/account/two-factor")
    String enable(@PathVariable Language lang, @RequestParam(name = "code", required = false) String code,
                  @RequestParam(name = "password", required = false) String password,
                  Authentication authentication, HttpSession session) {
        if (!(session.getAttribute(SETUP) instanceof String secret)) {
            return "redirect:/" + lang.tag() + "/account/two-factor";
        }
        if (!lifecycle.enableSecondFactor(authentication.getName(), password, secret, code)) {
            return "redirect:/" + lang.tag() + "/account/two-factor?wrong";
        }
        session.removeAttribute(SETUP);
        return "redirect:/" + lang.tag() + "/account?two-factor-on";
    }

    @PostMapping("/" + LANG + "/account/two-factor/disable")
    String disable(@PathVariable Language lang, @RequestParam(name = "code", required = false) String code,
                   Authentication authentication) {
        return lifecycle.disableSecondFactor(authentication.getName(), code)
                ? "redirect:/" + lang.tag() + "/account?two-factor-off"
                : "redirect:/" + lang.tag() + "/account/two-factor?wrong";
    }

}
