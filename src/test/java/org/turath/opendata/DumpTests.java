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

    @Test
    void theCompleteFilesAreListedWithTheirChecksumAndHoldTheWholeList() throws Exception {
        dumps.writeAll();
        java.util.List<java.nio.file.Path> first = dumps.current().stream().map(dumps::file).toList();
        dumps.writeAll();
        Integer published = registry.jdbc().queryForObject("select count(*) from heritage_item where publication = 'PUBLISHED'", Integer.class);

        Document page = Jsoup.parse(http.get("/ar/open-data").body());
        var rows = page.select("#dumps-heading ~ .table-responsive tbody tr");
        assertThat(rows).hasSize(3);
        for (Element row : rows) {
            String href = row.selectFirst("a[download]").attr("href");
            String sha256 = row.select("code").last().text();
            HttpResponse<byte[]> file = http.bytes("GET", href);
            assertThat(file.statusCode()).as(href).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElse("")).as(href).startsWith("application/gzip");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()))).as(href).isEqualTo(sha256);
            String content = new String(new GZIPInputStream(new ByteArrayInputStream(file.body())).readAllBytes(), StandardCharsets.UTF_8);
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
        }
        assertThat(http.get("/open-data/files/heritage.xlsx").statusCode()).isEqualTo(404);
        assertThat(http.get("/open-data/files/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
        // written twice: the first files were removed once the second were whole
        assertThat(registry.jdbc().queryForObject("select count(*) from open_dump", Integer.class)).isEqualTo(3);
        assertThat(first).hasSize(3).noneMatch(java.nio.file.Files::exists);
        assertThat(dumps.current().stream().map(dumps::file)).hasSize(3).allMatch(java.nio.file.Files::exists);
    }
}
