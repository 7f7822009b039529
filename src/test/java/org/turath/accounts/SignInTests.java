package org.turath.accounts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out as a person does, over HTTP with cookies: CSRF, session fixation, lock-out, throttling. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    String email;
    String password;
    HttpClient browser;

    @BeforeEach
    void account() {
        email = "focal." + UUID.randomUUID() + "@example.org";
        password = UUID.randomUUID().toString();
        accounts.create(email, "Focal point", password, Language.EN, "National Commission", Set.of(Role.FOCAL_POINT), Set.of("MA"));
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    @Order(1)
    void theSignInPageIsTranslatedProtectedAndNeverCached() throws Exception {
        HttpResponse<String> page = get("/fr/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        Document form = Jsoup.parse(page.body());
        assertThat(form.selectFirst("h1").text()).isEqualTo("Se connecter");
        assertThat(form.select("form[action=/login] input[name=_csrf]")).hasSize(1);
    }

    @Test
    @Order(2)
    void aSignInWithoutTheFormsTokenIsRefused() throws Exception {
        HttpResponse<String> response = post("/login", "email=" + enc(email) + "&password=" + enc(password));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void aPersonSignsInLandsOnTheirWorkspaceInThePagesLanguageAndSignsOut() throws Exception {
        HttpResponse<String> wrong = signIn("fr", password + "x");
        assertThat(location(wrong)).isEqualTo("/fr/login?error");
        assertThat(Jsoup.parse(get("/fr/login?error").body()).select("[role=alert]").text()).contains("n’est pas correct");

        String before = sessionCookie();
        HttpResponse<String> right = signIn("fr", password);
        assertThat(location(right)).as("the page's language kept, the focal point's files").isEqualTo("/fr/admin/nominations");
        assertThat(sessionCookie()).as("a new session after sign-in").isNotEqualTo(before);

        Document account = Jsoup.parse(get("/en/account").body());
        assertThat(account.select(".facts").text()).contains(email, "Focal point", "National Commission", "MA");
        assertThat(account.select(".account-links").text()).contains("Sign out");

        Document home = Jsoup.parse(get("/en/").body());
        HttpResponse<String> out = post("/logout", "lang=en&_csrf=" + enc(home.select(".account-links input[name=_csrf]").attr("value")));
        assertThat(location(out)).isEqualTo("/en/");
        assertThat(location(get("/en/account"))).isEqualTo("/en/login");
    }

    @Test
    @Order(4)
    void askingForAnAccountPageSignsInFirstThenGoesThere() throws Exception {
        HttpResponse<String> asked = get("/ar/account");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(location(asked)).isEqualTo("/ar/login");
        HttpResponse<String> signedIn = signIn("ar", password);
        assertThat(location(signedIn)).isEqualTo("/ar/account");
    }

    @Test
    @Order(5)
    void wrongPasswordsElsewhereNeverLockTheOwnerOutNorTellWhichAccountsExist() throws Exception {
        // the owner signs in once from their own browser, and signs out
        assertThat(location(signIn("en", password))).isEqualTo("/en/admin/nominations");
        post("/logout", "_csrf=" + enc(Jsoup.parse(get("/en/account").body()).select("input[name=_csrf]").attr("value")));
        HttpClient owner = browser;

        // someone else, in another browser, types five wrong passwords: sign-in pauses for browsers like theirs
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        for (int i = 0; i < 5; i++) {
            assertThat(location(signIn("en", "not-the-password-" + i))).isEqualTo("/en/login?error");
        }
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where email = ?", Boolean.class, email)).isTrue();
        // there, even the right password gets the very answer an unknown account gets
        assertThat(location(signIn("en", password))).isEqualTo("/en/login?error");
        String known = email;
        email = "nobody." + UUID.randomUUID() + "@example.org";
        assertThat(location(signIn("en", "whatever"))).isEqualTo("/en/login?error");
        email = known;

        // the owner's browser is not locked out
        browser = owner;
        assertThat(location(signIn("en", password))).isEqualTo("/en/admin/nominations");
        assertThat(Jsoup.parse(get("/en/login?error").body()).select("[role=alert]").text()).contains("15 minutes");
    }

    @Test
    @Order(7)
    void aCsrfTokenPlantedInASignedInPersonsCookieIsWorthNothing() throws Exception {
        assertThat(location(signIn("en", password))).isEqualTo("/en/admin/nominations");
        String session = sessionCookie();
        assertThat(session).startsWith("SESSION=");
        // an attacker who can set a cookie for the site plants their own token and sends it masked, as a form would
        byte[] token = "planted-by-an-attacker".getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[token.length * 2];
        System.arraycopy(token, 0, masked, token.length, token.length);
        HttpResponse<String> forged = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                        .header("Cookie", session + "; XSRF-TOKEN=planted-by-an-attacker")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(java.util.Base64.getUrlEncoder().encodeToString(masked))))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(get("/en/account").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    @Order(8)
    void publicPagesSeenSignedInAreKeptByNoSharedCache() throws Exception {
        // a visitor's page may be kept by any cache, asked again each time (its ETag answers with a 304)
        assertThat(get("/en/states").headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(location(signIn("en", password))).isEqualTo("/en/admin/nominations");
        for (String page : new String[]{"/en/states", "/ar/search?q=fes", "/fr/trainings"}) {
            assertThat(get(page).headers().firstValue("Cache-Control")).as(page).hasValueSatisfying(value -> assertThat(value).contains("private"));
        }
    }

    @Test
    @Order(6)
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = jdbc.queryForObject("select password_hash from app_user where email = ?", String.class, email);
        assertThat(hash).startsWith("$argon2id$").doesNotContain(password);
    }

    @Test
    @Order(100)
    void tooManyAttemptsFromOneAddressAreThrottled() throws Exception {
        String location = "";
        for (int i = 0; i < 30 && !location.endsWith("throttled"); i++) {
            location = location(signIn("fr", "wrong-" + i));
        }
        assertThat(location).isEqualTo("/fr/login?throttled");
        assertThat(Jsoup.parse(get("/fr/login?throttled").body()).select("[role=alert]").text()).contains("Trop de tentatives");
    }

    private HttpResponse<String> signIn(String lang, String secret) throws Exception {
        Document page = Jsoup.parse(get("/" + lang + "/login").body());
        String token = page.select("input[name=_csrf]").attr("value");
        return post("/login", "lang=" + lang + "&email=" + enc(email) + "&password=" + enc(secret) + "&_csrf=" + enc(token));
    }

    /** Where a redirect leads, as a path (the server may answer with an absolute URL). */
    private static String location(HttpResponse<String> response) {
        URI target = URI.create(response.headers().firstValue("Location").orElse(""));
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    private String sessionCookie() {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION")).map(Object::toString).findFirst().orElse("");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
