package org.turath.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted reverse proxy (the test profile trusts 127.0.0.1, as TURATH_TRUSTED_PROXIES would name the
 * proxies): each visitor has their own throttle by the address the proxy saw, cookies are Secure when the proxy
 * says https, and redirects never carry the Host a client sent.
 */
@IntegrationTest
class ForwardedHeadersTests {

    @LocalServerPort
    int port;

    @Test
    void visitorsBehindTheProxyAreThrottledApartAndCookiesFollowTheProxysScheme() {
        Http http = new Http(port);
        String location = "";
        for (int i = 0; i < 40 && !location.endsWith("throttled"); i++) {
            location = signIn(http, "203.0.113." + 7, "wrong-" + i).headers().firstValue("Location").orElse("");
        }
        assertThat(location).endsWith("/en/login?throttled");
        // another visitor, through the same proxy, is not held back by the first one's attempts
        assertThat(signIn(http, "203.0.113.8", "wrong").headers().firstValue("Location").orElse("")).endsWith("/en/login?error");

        HttpResponse<String> overHttps = http.get("/en/ask", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(overHttps.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(http.get("/en/ask", "X-Forwarded-For", "203.0.113.9").headers().allValues("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));

        Http.RawAnswer redirect = http.raw("GET /en/account HTTP/1.1\r\nX-Forwarded-Host: evil.example", null);
        assertThat(redirect.head()).containsIgnoringCase("Location: /en/login").doesNotContain("evil");
    }

    private HttpResponse<String> signIn(Http ignored, String address, String password) {
        Http visitor = Http.browser(port);
        String token = org.jsoup.Jsoup.parse(visitor.get("/en/login", "X-Forwarded-For", address).body())
                .select("input[name=_csrf]").attr("value");
        return visitor.postWith("/login", Map.of("lang", "en", "email", "nobody@example.org", "password", password, "_csrf", token),
                "X-Forwarded-For", address);
    }
}
