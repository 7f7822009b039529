package org.turath.registry;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages as a visitor reads them, in the three languages. */
@IntegrationTest
class PublicPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixture registry;

    @Autowired
    org.turath.registry.internal.editing.HeritageEditor editor;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void demoData() {
        registry.demoData();
        http = new Http(port);
    }

    @ParameterizedTest
    @CsvSource({"fr-FR;q=1.0, /fr/", "'en-GB,en;q=0.9,ar;q=0.5', /en/", "ar-MA, /ar/", "de-DE, /ar/", "'', /ar/"})
    void theRootSendsVisitorsToTheirLanguageElseArabic(String acceptLanguage, String expected) {
        HttpResponse<String> response = acceptLanguage.isEmpty() ? http.get("/") : http.get("/", "Accept-Language", acceptLanguage);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(expected);
    }

    @Test
    void arabicPagesAreRightToLeftWithBootstrapsRtlBuild() {
        Document arabic = page("/ar/");
        assertThat(arabic.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        // at the versioned address of the WebJar's file (its version, then the hash of its content)
        assertThat(arabic.select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.rtl\\.min-[0-9a-f]{32}\\.css"));

        Document english = page("/en/");
        assertThat(english.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(english.select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css"));
    }

    @Test
    void theHeaderCarriesTheTrilingualNameAndTheHomePageLiveCounts() {
        Document home = page("/fr/");
        String title = home.selectFirst(".site-title").text();
        assertThat(title).contains("تراث العالم الإسلامي", "Heritage of the Islamic World", "Patrimoine du monde islamique");
        assertThat(home.select(".hero-stats dd").eachText()).first().isEqualTo("246");
        assertThat(home.select("#latest-heading ~ .heritage-cards li")).hasSize(6);
    }

    @Test
    void aPathRefusedBeforeAnyPageGetsTheTranslatedErrorPageOrAProblemDocument() {
        HttpResponse<String> page = http.get("/fr/heritage;jsessionid=x");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document body = Jsoup.parse(page.body());
        assertThat(body.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(body.select("h1").text()).isEqualTo("Requête incomprise");

        HttpResponse<String> api = http.get("/api/v1/heritage;x=1");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"type\":\"/problems/bad-request\"");
    }

    @Test
    void aRepeatVisitToAnUnchangedPageIsA304() {
        HttpResponse<String> first = http.get("/en/heritage");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/en/heritage", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @org.springframework.beans.factory.annotation.Value("${turath.public-url}")
    String publicUrl;

    @Test
    void theLanguageSwitchKeepsThePageAndItsFiltersAndHreflangNamesTheAlternates() {
        Document list = page("/en/heritage?state=MA&sort=year");
        assertThat(list.select(".language-switch a").eachAttr("href"))
                .containsExactly("/ar/heritage?state=MA&sort=year", "/en/heritage?state=MA&sort=year", "/fr/heritage?state=MA&sort=year");
        // search engines read only absolute alternates: at the portal's public address, Arabic for any other language
        String site = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        assertThat(list.select("link[rel=alternate][hreflang=fr]").attr("href")).isEqualTo(site + "/fr/heritage?state=MA&sort=year");
        assertThat(list.select("link[rel=alternate][hreflang=x-default]").attr("href")).isEqualTo(site + "/ar/heritage?state=MA&sort=year");
        assertThat(list.select("link[rel=canonical]").attr("href")).isEqualTo(site + "/en/heritage?state=MA&sort=year");
    }

    @Test
    void walkingTheListPageByPageShowsEveryItemOnceInArabicAlphabeticalOrder() {
        List<String> names = new ArrayList<>();
        Set<String> references = new HashSet<>();
        String next = "/ar/heritage";
        int pages = 0;
        while (next != null) {
            Document page = page(next);
            for (Element card : page.select(".heritage-cards li")) {
                names.add(card.selectFirst("h3 a").text());
                assertThat(references.add(card.selectFirst("h3 a").attr("href"))).as("shown twice: %s", card.text()).isTrue();
            }
            Element nextLink = page.selectFirst("a[rel=next]");
            next = nextLink == null ? null : nextLink.attr("href");
            pages++;
        }
        assertThat(references).hasSize(246);
        assertThat(pages).isEqualTo((246 + 23) / 24);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(org.turath.shared.NameCollator.forLanguage(org.turath.shared.Language.AR));
        assertThat(names).isEqualTo(sorted);
    }

    @Test
    void punctuationDoesNotDecideTheOrder() {
        List<String> names = page("/fr/heritage?limit=100").select(".heritage-cards h3 a").eachText();
        assertThat(names.get(0)).doesNotStartWith("‘");
        assertThat(names).doesNotContain("‘Uruq Bani Ma’arid");
    }

    @Test
    void filtersNarrowTheListToWhatTheyName() {
        Document morocco = page("/en/heritage?state=MA&limit=100");
        assertThat(morocco.select(".heritage-cards li")).hasSize(9);
        morocco.select(".heritage-cards li").forEach(card -> assertThat(card.text()).contains("Morocco"));

        // 30 in OIC member states (shared data README) and the Old City of Jerusalem
        Document inDanger = page("/fr/heritage?danger=true&limit=100");
        assertThat(inDanger.select(".heritage-cards li")).hasSize(31);
        inDanger.select(".heritage-cards li .badge.text-bg-danger").forEach(badge -> assertThat(badge.text()).isEqualTo("En péril"));

        Document natural2000s = page("/en/heritage?kind=natural&criterion=UNESCO:x&limit=100");
        assertThat(natural2000s.select(".heritage-cards li")).isNotEmpty()
                .allSatisfy(card -> assertThat(card.select(".badge").first().text()).isIn("Natural", "Mixed"));

        Document chosen = page("/en/heritage?kind=NATURAL&status=in-danger&state=ma");
        assertThat(chosen.select("#filter-kind option[selected]").attr("value")).isEqualTo("natural");
        assertThat(chosen.select("#filter-status option[selected]").text()).isEqualTo("In danger");
        assertThat(chosen.select("#filter-state option[selected]").text()).isEqualTo("Morocco");

        Document none = page("/en/heritage?state=MA&year=1901");
        assertThat(none.select(".heritage-cards li")).isEmpty();
        assertThat(none.select("[role=status]").text()).contains("No heritage matches these filters");
    }

    @Test
    void aHeritagePageShowsTheItemInTheReadersLanguageWithItsMapCriteriaAndHistory() {
        String ichkeul = registry.referenceOf(8);
        Document page = page("/fr/heritage/" + ichkeul);
        assertThat(page.selectFirst("h1").text()).contains("Parc national de l'Ichkeul");
        assertThat(page.select(".other-names li").eachText()).contains("Ichkeul National Park", "محمية إشكل الوطنية");
        assertThat(page.select(".criteria dt").eachText()).containsExactly("(x)");
        assertThat(page.select(".status-history li").eachText())
                .containsExactly("1980 — Inscrit : Inscrit sur la Liste du patrimoine mondial de l’UNESCO",
                        "1996 — En péril : Inscrit sur la Liste du patrimoine mondial en péril",
                        "2006 — Inscrit : Retiré de la Liste du patrimoine mondial en péril");
        Element map = page.getElementById("heritage-map");
        assertThat(map).isNotNull();
        assertThat(map.attr("data-markers")).contains("\"lat\":37.16");
        // where it lies, drawn in the page: no script needed to see it, named as the map is
        assertThat(map.select("svg.locator-map circle.pin")).hasSize(1);
        assertThat(map.selectFirst("svg.locator-map > title").text()).isEqualTo(map.attr("aria-label"));
        assertThat(page.select(".map-explore").text()).isEqualTo("Explorer sur la carte interactive");
        assertThat(page.select("script[src*=leaflet]")).isEmpty();
        // the boundaries at a versioned address, kept by browsers for a year
        assertThat(map.attr("data-boundaries")).matches("/geo/countries-110m-[0-9a-f]{32}\\.topojson");
        assertThat(page.select("a[href=https://whc.unesco.org/fr/list/8]")).hasSize(1);
        var boundaries = http.get(map.attr("data-boundaries"));
        assertThat(boundaries.statusCode()).isEqualTo(200);
        assertThat(boundaries.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(boundaries.body()).contains("\"type\":\"Topology\"");
    }

    @Test
    void anItemPageDrawnAgainForVisitorsShowsAChangeAtOnceInEachLanguage() {
        String reference = jdbc.queryForObject(
                "select reference from heritage_item where publication = 'PUBLISHED' order by reference limit 1 offset 31", String.class);
        // a query string is never kept by the page cache: each of these is drawn, from what the page shows read once
        String before = page("/en/heritage/" + reference + "?from=a").selectFirst("main").outerHtml();
        assertThat(page("/en/heritage/" + reference + "?from=b").selectFirst("main").outerHtml()).isEqualTo(before);
        assertThat(page("/fr/heritage/" + reference + "?from=a").selectFirst("html").attr("lang")).isEqualTo("fr");

        String reason = "Decided while visitors read the page " + java.util.UUID.randomUUID();
        org.turath.registry.HeritageStatus status = org.turath.registry.HeritageStatus.valueOf(
                jdbc.queryForObject("select status from heritage_item where reference = ?", String.class, reference));
        editor.changeStatus(new org.turath.accounts.Actor("secretariat.pages@example.org",
                        Set.of(org.turath.accounts.Role.SECRETARIAT), Set.of()), reference, status,
                java.time.LocalDate.of(2003, 3, 3), new org.turath.shared.LocalizedText(null, reason, null), null);

        assertThat(page("/en/heritage/" + reference + "?from=c").select(".status-history li").eachText())
                .anyMatch(line -> line.contains(reason));
        // the French page falls back to the English reason, marked as such, and is the French page
        Document french = page("/fr/heritage/" + reference + "?from=c");
        assertThat(french.select(".status-history li").eachText()).anyMatch(line -> line.contains(reason));
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void theOpenDataPageDescribesTheApiInThePagesLanguageAndItsExamplesAnswer() throws Exception {
        Document arabic = page("/ar/open-data");
        assertThat(arabic.selectFirst("h1").text()).isEqualTo("البيانات المفتوحة");
        assertThat(arabic.select("#site-nav a[aria-current=page]").text()).isEqualTo("البيانات المفتوحة");
        Document french = page("/fr/open-data");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Données ouvertes");
        java.util.List<String> examples = french.select("main td a, main li a[href^=/oai], main p a[href=/sitemap.xml]").eachAttr("href");
        assertThat(examples).contains("/api/v1/heritage.csv", "/api/v1/heritage.geojson", "/oai?verb=Identify", "/sitemap.xml");
        for (String example : examples) {
            HttpResponse<String> answer = http.get(example);
            assertThat(answer.statusCode()).as(example).isEqualTo(200);
            String expected = example.endsWith(".gz") ? "application/gzip" : example.contains(".csv") ? "text/csv" : example.contains(".geojson") ? "application/geo+json"
                    : example.contains(".jsonld") ? "application/ld+json" : example.startsWith("/oai") ? "text/xml"
                    : example.endsWith(".xml") ? "application/xml" : "application/json";
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(example).startsWith(expected);
        }
        assertThat(french.select("main a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(http.get("/v3/api-docs").body()).contains("Turath — Heritage of the Islamic World: open data API");
    }

    @Test
    void inFiguresShowsTheListByKindYearAndEveryState() throws Exception {
        Document page = page("/en/figures");
        assertThat(page.select("h1").text()).isEqualTo("In figures");
        // the List's 246 items, 31 of them in danger, by kind
        Element kinds = page.getElementById("list-kinds").closest("section");
        List<Integer> totals = kinds.select("tfoot td").eachText().stream().map(t -> Integer.parseInt(t.replace(",", ""))).toList();
        assertThat(totals.stream().mapToInt(Integer::intValue).sum()).isEqualTo(246);
        assertThat(totals.get(1)).as("in danger").isEqualTo(31);
        assertThat(kinds.select("tbody tr")).hasSizeGreaterThanOrEqualTo(3);
        var years = page.getElementById("list-years").closest("section").select("tbody td");
        assertThat(years.eachText().stream().mapToInt(t -> Integer.parseInt(t.replace(",", ""))).sum()).isBetween(200, 246);
        // every one of the 71 states with an item, the most first, a transnational item counted for each of its states
        var states = page.getElementById("list-states").closest("section").select("tbody tr");
        assertThat(states).hasSize(71);
        List<Integer> items = states.stream().map(row -> row.select("td").eachText().stream()
                .mapToInt(t -> Integer.parseInt(t.replace(",", ""))).sum()).toList();
        assertThat(items).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        int inDanger = states.stream().mapToInt(row -> Integer.parseInt(row.select("td").get(1).text())).sum();
        assertThat(inDanger).as("transnational items count once per state").isGreaterThanOrEqualTo(31);
        // the old page of figures sends its readers here
        HttpResponse<String> moved = http.get("/en/nominations/statistics");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/en/figures#nominations-cycles"));
    }

    @Test
    void aMissingTranslationFallsBackVisiblyMarked() {
        String reference = registry.jdbc().queryForObject(
                "select reference from heritage_item where name_ar is null order by reference limit 1", String.class);
        Document page = page("/ar/heritage/" + reference);
        Element heading = page.selectFirst("h1");
        assertThat(heading.attr("lang")).isEqualTo("en");
        // the language is named in the reader's language, not as an English word inside an Arabic sentence
        assertThat(heading.select(".fallback-mark").text()).isEqualTo("معروض باللغة الإنجليزية لعدم توفر ترجمة بعد");
    }

    @Test
    void theOldCityOfJerusalemShowsUnescosStateWording() {
        Document page = page("/en/heritage/" + registry.referenceOf(148));
        assertThat(page.select(".facts li bdi").text()).isEqualTo("Jerusalem (Site proposed by Jordan)");
    }

    @Test
    void aMemberStatePageListsItsHeritage() {
        Document iran = page("/ar/states/ir");
        assertThat(iran.selectFirst("h1").text()).isEqualTo("إيران");
        assertThat(iran.select(".heritage-cards li")).hasSize(24);
        assertThat(iran.selectFirst("a[rel=next]")).isNotNull();
        Document states = page("/en/states");
        assertThat(states.select(".states-list li")).hasSize(57);
    }

    @ParameterizedTest
    @CsvSource({"/de/heritage, fr, Page introuvable", "/en/heritage/IWH-99999, ar, Page not found", "/fr/heritage/nothing, en, Page introuvable",
            "/ar/states/zz, en, الصفحة غير موجودة", "/en/no-such-page, ar, Page not found"})
    void unknownPagesGetATranslatedNotFoundPage(String path, String browserLanguage, String heading) {
        HttpResponse<String> response = http.get(path, "Accept-Language", browserLanguage);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(heading);
    }

    @ParameterizedTest
    @CsvSource({"/en/heritage?cursor=not-a-cursor", "/en/heritage?cursor=MQ", "/en/heritage?kind=castle", "/en/heritage?state=Morocco",
            "/en/heritage?criterion=UNESCO:xi", "/en/heritage?year=20x5", "/en/heritage?limit=5000", "/en/heritage?sort=random",
            "/en/heritage?danger=maybe", "/en/states/ma?cursor=%00%01"})
    void malformedParametersGetATranslated400NeverA500(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Invalid parameter");
    }

    @Test
    void aNameSpeltTheSameInTwoLanguagesIsGivenOnce() {
        String reference = registry.jdbc().queryForObject("select reference from heritage_item where name_en = name_fr"
                + " and name_ar is not null and publication = 'PUBLISHED' order by reference limit 1", String.class);
        String name = registry.jdbc().queryForObject("select name_en from heritage_item where reference = ?", String.class, reference);
        Document arabic = page("/ar/heritage/" + reference);
        assertThat(arabic.select(".other-names li").eachText()).containsOnlyOnce(name).doesNotHaveDuplicates();
        Document english = page("/en/heritage/" + reference);
        assertThat(english.select(".other-names li").eachText()).doesNotContain(name).hasSize(1);
    }

    private Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), http.base());
    }
}
