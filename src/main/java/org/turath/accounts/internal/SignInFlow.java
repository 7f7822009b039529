package org.turath.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.turath.accounts.AccountsApi;
import org.turath.shared.Language;
import org.turath.shared.web.LanguagePaths;
import org.turath.shared.web.PathLanguageResolver;

import java.io.IOException;

/**
 * Where sign-in, its failures and sign-out lead, in the reader's language: the sign-in page of the
 * page's language, back to the page asked for, or to the person's account in their own language.
 */
@Component
class SignInFlow implements AuthenticationEntryPoint, AuthenticationSuccessHandler, AuthenticationFailureHandler,
        LogoutSuccessHandler {

    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();
    private final AccountsApi accounts;

    SignInFlow(AccountsApi accounts) {
        this.accounts = accounts;
        // back to the very address asked for, without a marker parameter
        requests.setMatchingRequestParameterName(null);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        requests.saveRequest(request, response);
        response.sendRedirect("/" + languageOf(request).tag() + "/login");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null) {
            requests.removeRequest(request, response);
            response.sendRedirect(saved.getRedirectUrl());
            return;
        }
        Language language = accounts.find(authentication.getName()).map(account -> account.language()).orElse(languageOf(request));
        response.sendRedirect("/" + language.tag() + "/account");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.sendRedirect("/" + languageOf(request).tag() + "/login?" + (e instanceof LockedException ? "locked" : "error"));
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        response.sendRedirect("/" + languageOf(request).tag() + "/");
    }

    /** The language of the page, of the form (its {@code lang} field), or of the browser. */
    static Language languageOf(HttpServletRequest request) {
        return Language.fromTag(request.getParameter("lang"))
                .or(() -> LanguagePaths.languageOf(LanguagePaths.requestedPath(request)))
                .orElseGet(() -> PathLanguageResolver.preferred(request));
    }
}
