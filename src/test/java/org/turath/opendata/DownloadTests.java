package org.turath.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.pagecache.PageCache;
import org.turath.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The List as files, through the real server: a CSV a spreadsheet opens in Arabic, GeoJSON a map reads, both with
 * the List's filters, offered on the List and beside search results; a wrong filter is a clear 400, not half a file.
 */
@IntegrationTest
class DownloadTests extends OverHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PageCache pages;

    @Test
    void theListAsCsvOpensInASpreadsheetWithItsThreeLanguagesAndItsFilters() throws Exception {
        HttpResponse<byte[]> all = http.bytes("GET", "/api/v1/heritage.csv");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(all.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains("turath-heritage.csv");
        byte[] body = all.body();
        assertThat(new byte[]{body[0], body[1], body[2]}).as("UTF-8 byte-order mark").containsExactly(0xEF - 256, 0xBB - 256, 0xBF - 256);
        List<CSVRecord> rows = rows(body);
        Set<String> published = new HashSet<>(registry.jdbc().queryForList(
                "select reference from heritage_item where publication = 'PUBLISHED'", String.class));
        assertThat(rows.stream().map(row -> row.get("reference")).toList()).doesNotHaveDuplicates().hasSize(published.size());
        CSVRecord kairouan = rows.stream().filter(row -> row.get("reference").equals(registry.referenceOf(499))).findFirst().orElseThrow();
        assertThat(kairouan.get("name_ar")).isEqualTo("القيروان");
        assertThat(kairouan.get("name_fr")).isEqualTo("Kairouan");
        assertThat(kairouan.get("states")).isEqualTo("TN");

        List<CSVRecord> morocco = rows(http.bytes("GET", "/api/v1/heritage.csv?state=MA&kind=TANGIBLE_CULTURAL").body());
        Integer expected = registry.jdbc().queryForObject("select count(*) from heritage_item i join heritage_item_state s on s.item_id = i.id"
                + " where s.iso2 = 'MA' and i.kind = 'TANGIBLE_CULTURAL' and i.publication = 'PUBLISHED'", Integer.class);
        assertThat(morocco).hasSize(expected).allMatch(row -> row.get("states").contains("MA"));

        HttpResponse<String> wrong = http.get("/api/v1/heritage.csv?kind=CASTLE");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(wrong.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(http.get("/api/v1/heritage.csv?criterion=UNESCO:xx").statusCode()).isEqualTo(400);
    }

    @Test
    void aNameThatLooksLikeAFormulaStaysText() throws Exception {
        String reference = registry.referenceOf(170);
        String name = registry.jdbc().queryForObject("select name_en from heritage_item where reference = ?", String.class, reference);
        registry.jdbc().update("update heritage_item set name_en = '=HYPERLINK(\"http://evil.example\",\"Fez\")' where reference = ?", reference);
        pages.clear();
        try {
            CSVRecord fez = rows(http.bytes("GET", "/api/v1/heritage.csv?state=MA").body()).stream()
                    .filter(row -> row.get("reference").equals(reference)).findFirst().orElseThrow();
            assertThat(fez.get("name_en")).startsWith("'=HYPERLINK");
        } finally {
            registry.jdbc().update("update heritage_item set name_en = ? where reference = ?", name, reference);
        }
    }

    @Test
    void theListAsGeoJsonHasAPointPerLocatedItemAndTheListAndSearchOfferTheirDownloads() throws Exception {
        HttpResponse<String> geojson = http.get("/api/v1/heritage.geojson?status=IN_DANGER");
        assertThat(geojson.statusCode()).isEqualTo(200);
        assertThat(geojson.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode collection = JSON.readTree(geojson.body());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        Integer located = registry.jdbc().queryForObject("select count(*) from heritage_item where status = 'IN_DANGER'"
                + " and publication = 'PUBLISHED' and latitude is not null", Integer.class);
        assertThat(collection.get("features").size()).isEqualTo(located).isGreaterThan(10);
        JsonNode first = collection.get("features").get(0);
        assertThat(first.get("geometry").get("type").asString()).isEqualTo("Point");
        double longitude = first.get("geometry").get("coordinates").get(0).asDouble();
        assertThat(longitude).isBetween(-180.0, 180.0);
        assertThat(first.get("properties").get("status").asString()).isEqualTo("IN_DANGER");
        assertThat(first.get("properties").get("name_ar").asString()).isNotBlank();

        Document list = Jsoup.parse(http.get("/fr/heritage?state=MA&kind=TANGIBLE_CULTURAL").body());
        assertThat(list.select("a[download][href^=/api/v1/heritage.csv]").attr("href")).isEqualTo("/api/v1/heritage.csv?state=MA&kind=TANGIBLE_CULTURAL");
        assertThat(list.select("a[download][href^=/api/v1/heritage.geojson]").text()).contains("GeoJSON");

        Document results = Jsoup.parse(http.get("/ar/search?q=" + java.net.URLEncoder.encode("مدينة", StandardCharsets.UTF_8)).body());
        String download = results.select("a[download][href*=markers.geojson]").attr("href");
        assertThat(download).contains("lang=ar").contains("q=");
        JsonNode found = JSON.readTree(http.get(download).body());
        assertThat(found.get("features").size()).isGreaterThan(0);
    }

    @Test
    void theResultsOfASearchDownloadAsCsvEveryResultOnceWhatTheSearchPageSays() throws Exception {
        // more results than a page of the search holds: the file follows the search from page to page
        Document results = Jsoup.parse(http.get("/en/search?type=HERITAGE&sort=NAME").body());
        String download = results.select("a[download][href*=results.csv]").attr("href");
        assertThat(download).contains("lang=en").contains("type=HERITAGE").contains("sort=NAME");
        HttpResponse<byte[]> file = http.bytes("GET", download);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains("turath-search.csv");
        assertThat(new byte[]{file.body()[0], file.body()[1], file.body()[2]}).containsExactly(0xEF - 256, 0xBB - 256, 0xBF - 256);
        List<CSVRecord> rows = rows(file.body());
        Integer expected = registry.jdbc().queryForObject("select count(*) from heritage_item where publication = 'PUBLISHED'",
                Integer.class);
        assertThat(expected).as("more than one page of the search").isGreaterThan(100);
        assertThat(rows.stream().map(row -> row.get("reference")).toList()).doesNotHaveDuplicates().hasSize(expected);
        CSVRecord first = rows.get(0);
        assertThat(first.get("type")).isEqualTo("HERITAGE");
        assertThat(first.get("name_ar")).isNotBlank();
        assertThat(first.get("url")).contains("/en/heritage/" + first.get("reference"));
        assertThat(rows(http.bytes("GET", "/api/v1/search/results.csv?q=" + java.net.URLEncoder.encode("Kairouan", StandardCharsets.UTF_8)).body()))
                .anySatisfy(row -> assertThat(row.get("name_fr")).isEqualTo("Kairouan"));
        // a filter the search refuses is a problem, never half a file
        HttpResponse<String> wrong = http.get("/api/v1/search/results.csv?box=1,2,3");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Disposition")).isEmpty();
    }

    private static List<CSVRecord> rows(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
