package org.turath.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.registry.ImportReport;
import org.turath.shared.Language;
import org.turath.support.CsvFiles;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Search as a visitor and a harvester use it over HTTP, including what they get wrong. */
@IntegrationTest
class SearchPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixture registry;

    @Autowired
    SearchApi search;

    @Autowired
    JsonMapper json;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    org.turath.library.internal.LibraryDesk library;

    @Autowired
    org.turath.documents.PdfRenderer pdfs;

    @TempDir
    Path temp;

    Http http;

    @BeforeEach
    void demoData() {
        registry.demoData();
        http = new Http(port);
    }

    @Test
    void theResultsPageShowsCountsFacetsAndMarkedMatches() {
        Document page = page("/fr/search?q=" + encode("Fès"));
        assertThat(page.select(".result-count").text()).matches("\\d+ résultats?");
        assertThat(page.select(".search-hit h2 a mark")).isNotEmpty();
        assertThat(page.select("fieldset.facet legend").eachText()).contains("Type de patrimoine", "État");
        assertThat(page.select("input[name=state][value=MA] + label").text()).startsWith("Maroc");
        assertThat(page("/en/search").select("input[name=criterion] + label span:first-child").eachText())
                .containsExactly("(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)", "(x)");
    }

    @Test
    void theNextPageKeepsAnArabicQueryAndItsFilters() {
        Document first = page("/ar/search?q=" + encode("مدينة") + "&region=ARAB_STATES&sort=name");
        String next = first.selectFirst("a[rel=next]").attr("href");
        Document second = page(next);
        assertThat(second.selectFirst("#search-q").attr("value")).isEqualTo("مدينة");
        assertThat(second.select("input[name=region][value=ARAB_STATES]").hasAttr("checked")).isTrue();
        assertThat(second.select(".search-hit h2 a").eachAttr("href"))
                .doesNotContainAnyElementsOf(first.select(".search-hit h2 a").eachAttr("href"));
    }

    @Test
    void noResultsSuggestsRelaxingTheFilters() {
        Document page = page("/fr/search?q=medina&state=NE");
        assertThat(page.select(".no-results").text()).contains("Rien ne correspond");
        assertThat(page.select(".no-results a").eachAttr("href")).contains("/fr/search?q=medina");
    }

    @Test
    void theHeaderBoxSuggestsNamesAsTheReaderTypes() {
        Document suggestions = Jsoup.parse(http.get("/en/search/suggest?q=pers").body());
        assertThat(suggestions.select("datalist#search-suggestions option").eachAttr("value")).contains("Persepolis");
        assertThat(suggestions.select("#search-suggestions-status").text()).contains("suggestion");
        assertThat(page("/ar/").select("input#site-search-q").attr("list")).isEqualTo("search-suggestions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%22unbalanced", ":\"*~^()[]{}\\", "AND OR NOT", "-", "***", "%00", "%F0%9F%95%8C"})
    void oddTextIsSearchedNotFailed(String q) {
        String path = "/en/search?q=" + (q.contains("%") ? q : encode(q));
        assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
        assertThat(http.get("/api/v1/search?q=" + (q.contains("%") ? q : encode(q))).statusCode()).isEqualTo(200);
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() {
        String q = "مدينة ".repeat(1000);
        assertThat(q.length()).isGreaterThanOrEqualTo(5000);
        assertThat(http.get("/ar/search?q=" + encode(q)).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/search?q=" + encode(q)).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"near=91,10", "near=10,181", "near=abc", "near=10", "box=10,10,5,20", "box=1,2,3", "box=-95,0,0,10",
            "near=10,10&km=-5", "near=10,10&km=999999", "km=10", "nearRef=IWH-99999", "nearRef=../etc", "cursor=bogus",
            "kind=%3Cscript%3E", "state=MAR", "decade=1985", "sort=random", "limit=101", "danger=perhaps", "criterion=iv"})
    void malformedParametersAreATranslated400(String parameters) {
        HttpResponse<String> page = http.get("/fr/search?" + parameters);
        assertThat(page.statusCode()).as(parameters).isEqualTo(400);
        assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("Paramètre invalide");

        HttpResponse<String> api = http.get("/api/v1/search?" + parameters, "Accept-Language", "ar");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(api.body()).get("title").asString()).isEqualTo("قيمة غير صالحة");
    }

    @Test
    void theApiReturnsFacetsAndPagesWithItsCursor() {
        JsonNode first = json.readTree(http.get("/api/v1/search?q=medina&limit=3&lang=en").body());
        assertThat(first.get("total").asLong()).isGreaterThan(3);
        assertThat(first.get("facets").has("kind")).isTrue();
        String next = first.get("next").asString();
        JsonNode second = json.readTree(http.get("/api/v1/search?q=medina&limit=3&lang=en&cursor=" + encode(next)).body());
        assertThat(second.get("items").get(0).get("reference").asString())
                .isNotIn(first.get("items").findValuesAsString("reference"));
        JsonNode markers = json.readTree(http.get("/api/v1/search/markers?state=MA&lang=fr").body());
        assertThat(markers.get("markers").size()).isEqualTo(9);
        assertThat(markers.get("markers").get(0).get("href").asString()).startsWith("/fr/heritage/IWH-");
    }

    @Test
    void aNameHoldingMarkupIsShownAsTextWhenTheMatchIsElsewhere() {
        String name = "<img src=x onerror=alert(1)><b>Quill</b> guide";
        var editor = new org.turath.accounts.Actor("search.markup@example.org", java.util.Set.of(org.turath.accounts.Role.EDITOR), java.util.Set.of());
        byte[] pdf = pdfs.render("fixtures/publication", Language.EN, java.util.Map.of("title", "Quill", "pages", java.util.List.of("Quill")));
        library.create(editor, new org.turath.library.domain.Publication.Details(org.turath.library.PublicationKind.GUIDE,
                new org.turath.shared.LocalizedText(null, name, null), new org.turath.shared.RichText(null, "<p>About the zanzibarquokka.</p>", null),
                "Centre", 2024, Language.EN, "quokka", null, null, java.util.List.of(), true), new java.io.ByteArrayInputStream(pdf), "q.pdf");
        String body = http.get("/en/search?q=zanzibarquokka").body();
        assertThat(body).contains("&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;Quill&lt;/b&gt; guide").doesNotContain("<img src=x")
                .doesNotContain("<b>Quill");
        assertThat(Jsoup.parse(body).select(".search-hit mark").eachText()).contains("zanzibarquokka");
        String api = http.get("/api/v1/search?lang=en&q=zanzibarquokka").body();
        // in JSON the name is text; its highlight is markup, escaped but for the marks
        assertThat(json.readTree(api).at("/items/0/nameHighlight").asString()).isEqualTo("&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;Quill&lt;/b&gt; guide");
    }

    @Test
    void theIndexFollowsEveryChangeToTheRegistry() {
        CsvFiles.Table table = CsvFiles.read(RegistryFixture.copyOf(RegistryFixture.DEMO_CSV));
        int bamiyan = table.indexOf("id_no", "208");
        Path renamed = table.withCell(bamiyan, "name_en", "Zanzibarian Quokka Valley").write(temp.resolve("renamed.csv"));
        try {
            assertThat(registry.importFile(renamed, false).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
            assertThat(search.search(SearchQuery.text("quokka", Language.EN)).hits())
                    .extracting(SearchResult.Hit::reference).containsExactly(registry.referenceOf(208));

            // a rejected import changes neither the registry nor the index
            Path broken = table.withCell(bamiyan, "name_en", "Platypus Gorge").withCell(0, "latitude", "999").write(temp.resolve("broken.csv"));
            assertThat(registry.importFile(broken, false).rejected()).isTrue();
            assertThat(search.search(SearchQuery.text("platypus", Language.EN)).total()).isZero();
        } finally {
            registry.wipe();
            registry.demoData();
        }
    }

    @Test
    void aRepeatedSearchIsAnsweredFromWhatWasFoundUntilTheIndexChanges() {
        String path = "/en/search?q=wombatquokka";
        assertThat(page(path).select(".search-hit")).isEmpty();
        double kept = keptResults();
        assertThat(page(path).select(".search-hit")).isEmpty();
        if (indexOfThisNode()) {
            assertThat(keptResults()).as("the same search on the same index is answered from what was found").isGreaterThan(kept);
        } else {
            assertThat(keptResults()).as("a search cluster's index is shared by the nodes: every search goes to it").isEqualTo(kept);
        }

        CsvFiles.Table table = CsvFiles.read(RegistryFixture.copyOf(RegistryFixture.DEMO_CSV));
        Path renamed = table.withCell(table.indexOf("id_no", "208"), "name_en", "Wombatquokka Valley").write(temp.resolve("renamed.csv"));
        try {
            assertThat(registry.importFile(renamed, false).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
            // the next answer to the very same address reads the changed index
            assertThat(page(path).select(".search-hit h2 a").eachAttr("href")).containsExactly("/en/heritage/" + registry.referenceOf(208));
            assertThat(json.readTree(http.get("/api/v1/search?lang=en&q=wombatquokka").body()).at("/items/0/reference").asString())
                    .isEqualTo(registry.referenceOf(208));
        } finally {
            registry.wipe();
            registry.demoData();
        }
        assertThat(page(path).select(".search-hit")).as("and again once the registry is as it was").isEmpty();
    }

    /** Whether the index is this node's own (embedded Lucene), whose results a node may keep. */
    boolean indexOfThisNode() {
        return true;
    }

    private double keptResults() {
        return meters.get("turath.search.kept").tag("result", "hit").counter().count();
    }

    private Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
