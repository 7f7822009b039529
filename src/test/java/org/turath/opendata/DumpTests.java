package org.turath.opendata;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complete files of the open data as a researcher gets them: listed on the open-data page with size and SHA-256,
 * downloaded through the real server, matching their checksum, whole, and replaced (not piled up) when written again.
 */
@IntegrationTest
class DumpTests extends OverHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OpenDataDumps dumps;

    @Autowired
    org.turath.collections.CollectionsFixture collections;

    @Test
    void theCompleteFilesAreListedWithTheirChecksumAndHoldTheWholeList() throws Exception {
        int kinds = OpenDataDumps.Format.values().length;
        String suffix = org.turath.collections.CollectionsFixture.suffix();
        var museum = collections.museum(suffix);
        collections.ewer(museum, "dump-" + suffix, true);
        dumps.writeAll();
        java.util.List<java.nio.file.Path> first = dumps.current().stream().map(dumps::file).toList();
        dumps.writeAll();
        Integer published = registry.jdbc().queryForObject("select count(*) from heritage_item where publication = 'PUBLISHED'", Integer.class);

        Document page = Jsoup.parse(http.get("/ar/open-data").body());
        var rows = page.select("#dumps-heading ~ .table-responsive tbody tr");
        assertThat(rows).hasSize(kinds);
        assertThat(rows.first().selectFirst("th").text()).startsWith("القائمة");
        for (Element row : rows) {
            String href = row.selectFirst("a[download]").attr("href");
            String sha256 = row.select("code").last().text();
            HttpResponse<byte[]> file = http.bytes("GET", href);
            assertThat(file.statusCode()).as(href).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElse("")).as(href).startsWith("application/gzip");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()))).as(href).isEqualTo(sha256);
            String content = new String(new GZIPInputStream(new ByteArrayInputStream(file.body())).readAllBytes(), StandardCharsets.UTF_8);
            String type = href.replaceAll(".*/files/([a-z]+)\\..*", "$1");
            if (type.equals("heritage")) {
                if (href.endsWith(".csv.gz")) {
                    assertThat(content).startsWith("\uFEFFreference,name_ar,name_en,name_fr");
                    assertThat(content.lines().count()).as("a header and a row per item").isEqualTo(published + 1);
                } else if (href.endsWith(".jsonld.gz")) {
                    JsonNode graph = JSON.readTree(content).get("@graph");
                    assertThat(graph.size()).isEqualTo(published);
                    assertThat(graph.get(0).get("name").get(0).get("@language").asString()).isIn("ar", "en", "fr");
                } else {
                    assertThat(JSON.readTree(content).get("type").asString()).isEqualTo("FeatureCollection");
                }
                continue;
            }
            // every other kind: the records the harvest serves, no more and no fewer, in the same Dublin Core terms
            String recordType = type.substring(0, type.length() - 1);
            Integer live = registry.jdbc().queryForObject("select count(*) from open_record where record_type = ? and deleted = false",
                    Integer.class, recordType);
            if (href.endsWith(".geojson.gz")) {
                // the museums on a map: those published with a position, each a point
                JsonNode collection = JSON.readTree(content);
                assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
                Integer located = registry.jdbc().queryForObject(
                        "select count(*) from museum where published and latitude is not null and longitude is not null", Integer.class);
                assertThat(collection.get("features").size()).as(href).isEqualTo(located);
            } else if (href.endsWith(".csv.gz")) {
                assertThat(content).as(href).startsWith("\uFEFFuri,modified,title_ar,title_en,title_fr,description_ar");
                assertThat(content.lines().count()).as(href + ": a header and a row per record").isEqualTo(live + 1);
            } else {
                JsonNode document = JSON.readTree(content);
                assertThat(document.get("@context").get("dc").asString()).isEqualTo("http://purl.org/dc/elements/1.1/");
                assertThat(document.get("@graph").size()).as(href).isEqualTo(live);
                if (live > 0) {
                    JsonNode record = document.get("@graph").get(0);
                    assertThat(record.get("@id").asString()).as(href).startsWith("http");
                    assertThat(record.get("dc:title").get(0).has("@language") || record.get("dc:title").get(0).isString()).isTrue();
                }
            }
        }
        // a museum and an object published are in their files, by name and by address
        String museums = gunzipped("/open-data/files/museums.csv.gz");
        assertThat(museums).contains("Fixture museum " + suffix, "/museums/fixture-museum-" + suffix);
        assertThat(gunzipped("/open-data/files/objects.jsonld.gz")).contains("Brass ewer dump-" + suffix);
        assertThat(http.get("/open-data/files/heritage.xlsx").statusCode()).isEqualTo(404);
        assertThat(http.get("/open-data/files/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
        // written twice: the first files were removed once the second were whole
        assertThat(registry.jdbc().queryForObject("select count(*) from open_dump", Integer.class)).isEqualTo(kinds);
        assertThat(first).hasSize(kinds).noneMatch(java.nio.file.Files::exists);
        assertThat(dumps.current().stream().map(dumps::file)).hasSize(kinds).allMatch(java.nio.file.Files::exists);
    }

    private String gunzipped(String path) throws Exception {
        HttpResponse<byte[]> file = http.bytes("GET", path);
        assertThat(file.statusCode()).as(path).isEqualTo(200);
        return new String(new GZIPInputStream(new ByteArrayInputStream(file.body())).readAllBytes(), StandardCharsets.UTF_8);
    }
}
