package org.turath.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor's browser gets over the wire, through the real server: pages and static files compressed,
 * static files at versioned addresses kept for a year, pages kept by caches only to be asked again (a 304
 * against their ETag), and never kept by a shared cache once there is a cookie.
 */
@IntegrationTest
class WireWeightTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.turath.support.RegistryFixture registry;

    private Http http;

    @BeforeEach
    void visitor() {
        http = new Http(port);
    }

    @Test
    void pagesAreGzippedWithAWeakTagAndARepeatVisitCostsA304() throws IOException {
        for (String path : List.of("/ar/", "/en/heritage", "/fr/states", "/ar/search?q=%D9%85%D8%B3%D8%AC%D8%AF", "/en/news")) {
            HttpResponse<byte[]> page = http.bytes("GET", path, "Accept-Encoding", "gzip");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            String html = gunzip(page.body());
            assertThat(html).as(path).contains("</html>");
            assertThat(page.body().length).as(path).isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 3);

            String tag = page.headers().firstValue("ETag").orElseThrow();
            assertThat(tag).as(path).startsWith("W/\"");
            assertThat(http.bytes("GET", path, "Accept-Encoding", "gzip", "If-None-Match", tag).statusCode()).as(path).isEqualTo(304);
        }
        // a client that takes no gzip gets the page as it is
        HttpResponse<String> plain = http.get("/en/heritage");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("</html>");
    }

    @Test
    void staticFilesAreLinkedByContentHashKeptForAYearAndSentCompressed() throws IOException {
        Document home = Jsoup.parse(http.get("/en/").body());
        String style = home.select("link[rel=stylesheet]").eachAttr("href").stream()
                .filter(href -> href.startsWith("/css/turath-")).findFirst().orElseThrow();
        assertThat(style).matches("/css/turath-[0-9a-f]{32}\\.css");
        String script = home.select("script[src]").eachAttr("src").stream()
                .filter(src -> src.startsWith("/js/site-")).findFirst().orElseThrow();

        for (String path : List.of(style, script)) {
            HttpResponse<byte[]> zipped = http.bytes("GET", path, "Accept-Encoding", "gzip, deflate");
            assertThat(zipped.statusCode()).as(path).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=31536000, immutable");
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(zipped.headers().allValues("Vary")).as(path).anyMatch(vary -> vary.contains("Accept-Encoding"));

            HttpResponse<byte[]> plain = http.bytes("GET", path);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gunzip(zipped.body())).as(path).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        }
        // the fonts a style sheet names are versioned too, so they are kept as long
        String css = http.get(style).body();
        assertThat(css).containsPattern("url\\(\"/fonts/noto-naskh-arabic-arabic-400-normal-[0-9a-f]{32}\\.woff2\"\\)");
        String font = css.replaceAll("(?s).*url\\(\"(/fonts/noto-sans-latin-400-normal-[0-9a-f]{32}\\.woff2)\"\\).*", "$1");
        HttpResponse<byte[]> fontAnswer = http.bytes("GET", font, "Accept-Encoding", "gzip");
        assertThat(fontAnswer.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(fontAnswer.headers().firstValue("Content-Encoding")).as("a woff2 is compressed already").isEmpty();

        // an address with another file's hash is no address: a year-long promise is only made for the right bytes
        assertThat(http.get(style.replaceAll("-[0-9a-f]{32}", "-0123456789abcdef0123456789abcdef")).statusCode()).isEqualTo(404);
        // the plain address still answers, to be asked again each time
        HttpResponse<String> unversioned = http.get("/css/turath.css");
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-cache"));
        // WebJars too, by their version and hash
        assertThat(home.select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css"));
    }

    @Test
    void thePagesMapDrawsFromCompressedTopoJsonAndScriptsWaitForThePage() throws IOException {
        Document map = Jsoup.parse(http.get("/ar/map").body());
        String boundaries = map.getElementById("results-map").attr("data-boundaries");
        HttpResponse<byte[]> answer = http.bytes("GET", boundaries, "Accept-Encoding", "gzip");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(answer.body().length).as("the base map on the wire").isLessThan(40_000);
        assertThat(gunzip(answer.body())).startsWith("{\"type\":\"Topology\"");
        // no script holds up drawing the page, and no page but the import's carries htmx
        assertThat(map.select("script[src]")).allMatch(script -> script.hasAttr("defer"));
        assertThat(map.select("script[src*=htmx]")).isEmpty();
    }

    @Test
    void theMapPageShowsWhereEveryResultIsBeforeAnyMapLibraryIsLoaded() throws IOException {
        registry.demoData();
        HttpResponse<byte[]> zipped = http.bytes("GET", "/ar/map", "Accept-Encoding", "gzip");
        Document map = Jsoup.parse(gunzip(zipped.body()));
        org.jsoup.nodes.Element first = map.selectFirst("#results-map.locator > svg.overview[role=img]");
        assertThat(first).as("the first view is drawn by the server").isNotNull();
        assertThat(first.attr("aria-label")).contains(map.getElementById("map-results-heading").text().replaceAll("\\D", ""));
        assertThat(first.select("path.land").attr("d").chars().filter(c -> c == 'M').count()).as("the world's countries").isGreaterThan(177);
        // every located result and every located museum is in a spot: alone, or counted with those close to it
        int results = Integer.parseInt(map.getElementById("map-results-heading").text().replaceAll("\\D", ""));
        int museums = com.jayway.jsonpath.JsonPath.<List<Object>>read(http.get("/api/v1/museums/markers?lang=ar").body(), "$.markers").size();
        int drawn = first.select("circle.spot").size() + first.select("g.spot-group text").stream()
                .mapToInt(count -> Integer.parseInt(count.text())).sum();
        assertThat(drawn).isEqualTo(results + museums);
        assertThat(first.select("g.spot-group").size()).as("places close together are gathered").isPositive();
        // the interactive map's library is named for the script to load, not loaded with the page
        assertThat(map.select("script[src*=leaflet], link[href*=leaflet]")).isEmpty();
        assertThat(map.getElementById("results-map").attr("data-scripts")).matches(".*/webjars/leaflet/[0-9.]+/dist/leaflet-[0-9a-f]{32}\\.js .*");
        assertThat(map.selectFirst(".map-explore[aria-controls=results-map]")).isNotNull();
        assertThat(zipped.body().length).as("the whole map page on the wire, drawing included").isLessThan(40_000);
    }

    @Test
    void anItemsDrawnBannerUnderTwoKilobytesGoesOutCompressedToo() throws IOException {
        // the drawn banners of items without photographs are 1.5 to 2 KB of SVG, several on a page of cards
        registry.demoData();
        HttpResponse<byte[]> plain = http.bytes("GET", "/art/heritage/IWH-0001.svg");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body().length).isBetween(1_024, 4_096);
        HttpResponse<byte[]> zipped = http.bytes("GET", "/art/heritage/IWH-0001.svg", "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aPageForSomeoneWithASessionOrACookieIsKeptByNoSharedCache() {
        // the feedback form gives its form token in a cookie: private
        HttpResponse<String> form = http.get("/en/feedback");
        assertThat(form.headers().allValues("Set-Cookie")).isNotEmpty();
        assertThat(form.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("private"));
        // anyone coming with a session cookie gets public pages as private ones (they may carry a name, a token)
        for (String path : List.of("/en/states", "/ar/", "/fr/heritage")) {
            assertThat(http.get(path, "Cookie", "SESSION=c2Vzc2lvbg").headers().firstValue("Cache-Control")).as(path)
                    .hasValue("private, no-cache");
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
