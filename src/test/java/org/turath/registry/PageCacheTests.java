package org.turath.registry;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.registry.internal.editing.HeritageEditor;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    @Autowired
    org.turath.library.internal.NewsDesk news;

    private Http http;
    private String reference;

    @BeforeEach
    void demoData() {
        http = new Http(port);
        registry.demoData();
        reference = registry.jdbc().queryForObject(
                "select reference from heritage_item where publication = 'PUBLISHED' order by reference limit 1 offset 7", String.class);
    }

    @Test
    void aRepeatedVisitIsServedAsDrawnWithoutDrawingItAgain() throws Exception {
        String path = "/fr/heritage/" + reference;
        HttpResponse<byte[]> drawn = http.bytes("GET", path);
        double hitsBefore = hits();
        HttpResponse<byte[]> kept = http.bytes("GET", path);

        assertThat(hits()).as("the second visit is served from the kept page").isEqualTo(hitsBefore + 1);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(new String(kept.body(), StandardCharsets.UTF_8)).isEqualTo(new String(drawn.body(), StandardCharsets.UTF_8));
        for (String header : List.of("Content-Type", "Content-Language", "ETag", "Cache-Control", "Content-Security-Policy", "X-Frame-Options",
                "X-Content-Type-Options", "Referrer-Policy")) {
            assertThat(kept.headers().allValues(header)).as(header).isNotEmpty().isEqualTo(drawn.headers().allValues(header));
        }
        assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(kept.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept-Encoding");

        HttpResponse<byte[]> zipped = http.bytes("GET", path, "Accept-Encoding", "gzip, deflate");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(drawn.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(drawn.body());
        }
        assertThat(http.bytes("GET", path, "Accept-Encoding", "gzip;q=0, identity").headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> head = http.bytes("HEAD", path);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(drawn.body().length));
        assertThat(head.body()).isEmpty();

        String etag = drawn.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> repeat = http.bytes("GET", path, "If-None-Match", etag);
        assertThat(repeat.statusCode()).isEqualTo(304);
        assertThat(repeat.body()).isEmpty();
        assertThat(repeat.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void anEditorsChangeShowsOnTheVeryNextVisit() throws Exception {
        String path = "/en/heritage/" + reference;
        http.bytes("GET", path);
        http.bytes("GET", path);
        String reason = "Reviewed by the Committee, session " + UUID.randomUUID();
        HeritageStatus status = HeritageStatus.valueOf(registry.jdbc().queryForObject(
                "select status from heritage_item where reference = ?", String.class, reference));
        editor.changeStatus(SECRETARIAT, reference, status, LocalDate.of(2001, 1, 1), new LocalizedText(null, reason, null), null);

        assertThat(text(http.bytes("GET", path))).contains(reason);
        assertThat(text(http.bytes("GET", "/ar/heritage/" + reference))).as("every language's page is forgotten").contains(reason);
    }

    @Test
    void theHomePageTheListAndStatePagesAreKeptAndAChangeToAnItemForgetsThemAtOnce() throws Exception {
        String state = registry.jdbc().queryForObject("select upper(s.iso2) from heritage_item i join heritage_item_state s on s.item_id = i.id"
                + " where i.reference = ? limit 1", String.class, reference);
        List<String> pages = List.of("/en/", "/ar/heritage", "/fr/states", "/en/states/" + state);
        for (String page : pages) {
            assertThat(http.bytes("GET", page).statusCode()).as(page).isEqualTo(200);
        }
        double hitsBefore = hits();
        for (String page : pages) {
            http.bytes("GET", page);
        }
        assertThat(hits()).as("each listing served from its kept copy").isEqualTo(hitsBefore + pages.size());

        HeritageStatus status = HeritageStatus.valueOf(registry.jdbc().queryForObject(
                "select status from heritage_item where reference = ?", String.class, reference));
        editor.changeStatus(SECRETARIAT, reference, status, LocalDate.of(2002, 2, 2), new LocalizedText(null, "Checked", null), null);
        double hitsAfterChange = hits();
        for (String page : pages) {
            http.bytes("GET", page);
        }
        assertThat(hits()).as("every listing drawn again after the change").isEqualTo(hitsAfterChange);
    }

    @Test
    void newsShowsOnTheKeptNewsPageAndTheHomePageTheMomentItIsPublished() throws Exception {
        http.bytes("GET", "/en/news");
        http.bytes("GET", "/en/");
        double hitsBefore = hits();
        assertThat(text(http.bytes("GET", "/en/news"))).doesNotContain("Kept pages learn the news");
        assertThat(hits()).isEqualTo(hitsBefore + 1);

        String title = "Kept pages learn the news " + UUID.randomUUID().toString().substring(0, 8);
        var editorOfNews = new Actor("news.cache@example.org", Set.of(Role.EDITOR), Set.of());
        news.create(editorOfNews, new org.turath.library.domain.NewsArticle.Draft(new LocalizedText(null, title, null),
                new LocalizedText(null, "Lead", null), new org.turath.shared.RichText(null, "<p>Body</p>", null), LocalizedText.empty(),
                List.of(), List.of(), java.time.Instant.now().minusSeconds(5), true), null);

        assertThat(text(http.bytes("GET", "/en/news"))).contains(title);
        assertThat(text(http.bytes("GET", "/en/"))).as("the home page's latest news").contains(title);
    }

    @Test
    void aSignedInPersonGetsTheirOwnPageAndNothingOfItIsKeptForOthers() throws Exception {
        String name = "Yasmine Cache " + UUID.randomUUID().toString().substring(0, 6);
        String email = "cache." + UUID.randomUUID() + "@example.org";
        String password = "a long and unusual passphrase";
        accounts.create(email, name, password, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        String path = "/en/heritage/" + reference;
        http.bytes("GET", path); // kept for visitors

        Http browser = Http.browser(port);
        assertThat(browser.signIn(email, password, "en").statusCode()).isEqualTo(302);

        String own = browser.get(path).body();
        assertThat(own).as("the signed-in page, not the visitors' one").contains("action=\"/logout\"");
        assertThat(text(http.bytes("GET", path))).doesNotContain(name).doesNotContain("/logout");
        String afterwards = new String(http.bytes("GET", path).body(), StandardCharsets.UTF_8);
        assertThat(afterwards).doesNotContain(name);
    }

    @Test
    void pagesThatAreNotFoundOrAskedWithAQueryAreNeverKept() throws Exception {
        HttpResponse<byte[]> missing = http.bytes("GET", "/en/heritage/IWH-999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        double hitsBefore = hits();
        assertThat(http.bytes("GET", "/en/heritage/IWH-999999").statusCode()).isEqualTo(404);
        http.bytes("GET", "/en/heritage/" + reference + "?utm=1");
        http.bytes("GET", "/en/heritage/" + reference + "?utm=1");
        assertThat(hits()).isEqualTo(hitsBefore);
    }

    /**
     * A kept page is served many times between other answers on the same connections (Tomcat reuses its header slots
     * from one answer to the next): every time with the very headers it was drawn with.
     */
    @Test
    void aKeptPageKeepsItsHeadersHoweverManyAnswersGoOutBetween() throws Exception {
        String path = "/ar/heritage/" + reference;
        HttpResponse<byte[]> drawn = http.bytes("GET", path);
        List<String> others = List.of("/en/heritage/" + reference + "?utm=1", "/en/heritage/IWH-999999", "/ar/?utm=2", "/en/search?q=fes",
                "/api/v1/heritage?limit=3");
        for (int round = 0; round < 40; round++) {
            HttpResponse<byte[]> kept = http.bytes("GET", path, "Accept-Encoding", round % 2 == 0 ? "gzip" : "identity");
            for (String header : List.of("ETag", "Cache-Control", "Content-Security-Policy", "X-Frame-Options", "Referrer-Policy")) {
                assertThat(kept.headers().allValues(header)).as(header + " on visit " + round).isEqualTo(drawn.headers().allValues(header));
            }
            assertThat(kept.headers().firstValue("Content-Language")).isEqualTo(drawn.headers().firstValue("Content-Language"));
            assertThat(String.join(",", kept.headers().allValues("Vary"))).containsIgnoringCase("accept-encoding");
            http.bytes("GET", others.get(round % others.size()));
        }
    }

    private double hits() {
        return meters.get("turath.page.cache").tag("result", "hit").counter().count();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
