package org.turath.accounts.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;
import org.turath.accounts.domain.User;
import org.turath.web.BrowserCookies;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Browsers a person has signed in from before ("device cookies"): a signed cookie naming the account (by a hash)
 * and when it expires. Repeated failed sign-ins pause the account for other browsers only, so nobody can lock a
 * person out of the browser they use by typing wrong passwords elsewhere, while guessing from new browsers stays
 * slow. A browser without the cookie gets it again with the next successful sign-in, or after a password reset.
 */
@Component
class TrustedBrowsers {

    static final String COOKIE = "TURATH_BROWSER";
    private static final Duration LIFETIME = Duration.ofDays(180);

    private static final String PURPOSE = "trusted-browser";
    private final org.turath.web.Signer signer;
    private final Clock clock = Clock.systemUTC();

    TrustedBrowsers(org.turath.web.Signer signer) {
        this.signer = signer;
    }

    /** Whether sign-in to {@code user} is paused for the browser of the request being answered. */
    boolean pausedHere(User user) {
        return user.lockedAt(clock.instant()) && !current(user.email());
    }

    /** Whether the request being answered comes from a browser that signed in to {@code email} before. */
    boolean current(String email) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && trusted(attributes.getRequest(), email);
    }

    boolean trusted(HttpServletRequest request, String email) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie == null || email == null) {
            return false;
        }
        for (String entry : cookie.getValue().split("\\|")) {
            String[] parts = entry.split("\\.");
            if (parts.length == 3 && parts[0].equals(account(email)) && parts[1].matches("\\d{1,13}")
                    && Long.parseLong(parts[1]) > clock.millis()
                    && signer.verify(PURPOSE, parts[0] + "." + parts[1], parts[2])) {
                return true;
            }
        }
        return false;
    }

    /** After a complete sign-in: this browser is trusted for {@code email} (up to four accounts per browser). */
    void remember(HttpServletRequest request, HttpServletResponse response, String email) {
        String mine = account(email);
        String body = mine + "." + (clock.millis() + LIFETIME.toMillis());
        StringBuilder value = new StringBuilder(body).append('.').append(signer.sign(PURPOSE, body));
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie != null) {
            int others = 0;
            for (String entry : cookie.getValue().split("\\|")) {
                if (others < 3 && entry.matches("[A-Za-z0-9_-]{1,40}\\.\\d{1,13}\\.[A-Za-z0-9_-]{1,60}") && !entry.startsWith(mine + ".")) {
                    value.append('|').append(entry);
                    others++;
                }
            }
        }
        BrowserCookies.set(request, response, COOKIE, value.toString(), LIFETIME);
    }

    private String account(String email) {
        return signer.sign(PURPOSE + "-account", email.strip().toLowerCase(Locale.ROOT)).substring(0, 16);
    }
}
