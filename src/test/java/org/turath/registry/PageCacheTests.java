package org.turath.registry;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.registry.internal.editing.HeritageEditor;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heritage pages kept for visitors who are not signed in: served again as drawn (headers, ETag, gzip,
 * HEAD), forgotten the moment an editor's change commits, never kept from or given to a signed-in person.
 * (The test profile checks kept pages against the database only every ten minutes, so what shows a
 * change here is the eviction; {@code TwoNodesTests} covers the check that brings another node's change.)
 */
@IntegrationTest
class PageCacheTests {

    private static final Actor SECRETARIAT = new Actor("secretariat.cache@example.org", Set.of(Role.SECRETARIAT), Set.of());

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixture registry;

    @Autowired
    HeritageEditor editor;

    @Autowired
    AccountsApi accounts;

    @Autowired
    MeterRegistry meters;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String reference;

    @BeforeEach
    void demoData() {
        registry.demoData();
        reference = registry.jdbc().queryForObject(
                "select reference from heritage_item where publication = 'PUBLISHED' order by reference limit 1 offset 7", String.class);
    }

    @Test
    void aRepeatedVisitIsServedAsDrawnWithoutDrawingItAgain() throws Exception {
        String path = "/fr/heritage/" + reference;
        HttpResponse<byte[]> drawn = send(path, "GET");
        double hitsBefore = hits();
        HttpResponse<byte[]> kept = send(path, "GET");

        assertThat(hits()).as("the second visit is served from the kept page").isEqualTo(hitsBefore + 1);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(new String(kept.body(), StandardCharsets.UTF_8)).isEqualTo(new String(drawn.body(), StandardCharsets.UTF_8));
        for (String header : List.of("Content-Type", "Content-Language", "ETag", "Content-Security-Policy", "X-Frame-Options",
                "X-Content-Type-Options", "Referrer-Policy")) {
            assertThat(kept.headers().allValues(header)).as(header).isNotEmpty().isEqualTo(drawn.headers().allValues(header));
        }
        assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(kept.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept-Encoding");

        HttpResponse<byte[]> zipped = send(path, "GET", "Accept-Encoding", "gzip, deflate");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(drawn.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(drawn.body());
        }
        assertThat(send(path, "GET", "Accept-Encoding", "gzip;q=0, identity").headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> head = send(path, "HEAD");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(drawn.body().length));
        assertThat(head.body()).isEmpty();

        String etag = drawn.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> repeat = send(path, "GET", "If-None-Match", etag);
        assertThat(repeat.statusCode()).isEqualTo(304);
        assertThat(repeat.body()).isEmpty();
        assertThat(repeat.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void anEditorsChangeShowsOnTheVeryNextVisit() throws Exception {
        String path = "/en/heritage/" + reference;
        send(path, "GET");
        send(path, "GET");
        String reason = "Reviewed by the Committee, session " + UUID.randomUUID();
        HeritageStatus status = HeritageStatus.valueOf(registry.jdbc().queryForObject(
                "select status from heritage_item where reference = ?", String.class, reference));
        editor.changeStatus(SECRETARIAT, reference, status, LocalDate.of(2001, 1, 1), new LocalizedText(null, reason, null), null);

        assertThat(text(send(path, "GET"))).contains(reason);
        assertThat(text(send("/ar/heritage/" + reference, "GET"))).as("every language's page is forgotten").contains(reason);
    }

    @Test
    void aSignedInPersonGetsTheirOwnPageAndNothingOfItIsKeptForOthers() throws Exception {
        String name = "Yasmine Cache " + UUID.randomUUID().toString().substring(0, 6);
        String email = "cache." + UUID.randomUUID() + "@example.org";
        String password = "a long and unusual passphrase";
        accounts.create(email, name, password, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        String path = "/en/heritage/" + reference;
        send(path, "GET"); // kept for visitors

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = new String(get(browser, "/en/login").body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> signedIn = post(browser, "/login", Map.of("email", email, "password", password, "lang", "en",
                "_csrf", Jsoup.parse(login).select("input[name=_csrf]").val()));
        assertThat(signedIn.statusCode()).isEqualTo(302);

        String own = new String(get(browser, path).body(), StandardCharsets.UTF_8);
        assertThat(own).as("the signed-in page, not the visitors' one").contains("action=\"/logout\"");
        assertThat(text(send(path, "GET"))).doesNotContain(name).doesNotContain("/logout");
        String afterwards = new String(send(path, "GET").body(), StandardCharsets.UTF_8);
        assertThat(afterwards).doesNotContain(name);
    }

    @Test
    void pagesThatAreNotFoundOrAskedWithAQueryAreNeverKept() throws Exception {
        HttpResponse<byte[]> missing = send("/en/heritage/IWH-999999", "GET");
        assertThat(missing.statusCode()).isEqualTo(404);
        double hitsBefore = hits();
        assertThat(send("/en/heritage/IWH-999999", "GET").statusCode()).isEqualTo(404);
        send("/en/heritage/" + reference + "?utm=1", "GET");
        send("/en/heritage/" + reference + "?utm=1", "GET");
        assertThat(hits()).isEqualTo(hitsBefore);
    }

    private double hits() {
        return meters.get("turath.page.cache").tag("result", "hit").counter().count();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(String path, String method, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(HttpClient browser, String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
