package org.turath.opendata;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API as a harvester uses it. */
@IntegrationTest
class HeritageApiTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixture registry;

    @Autowired
    JsonMapper json;

    Http http;

    @BeforeEach
    void demoData() {
        registry.demoData();
        http = new Http(port);
    }

    @Test
    void aHarvesterFollowingNextGetsEveryItemExactlyOnce() {
        Set<String> references = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = getJson("/api/v1/heritage?limit=50&sort=YEAR" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(item -> assertThat(references.add(item.get("reference").asString())).isTrue());
            cursor = page.get("next").isNull() ? null : URLEncoder.encode(page.get("next").asString(), StandardCharsets.UTF_8);
            pages++;
        } while (cursor != null);
        assertThat(references).hasSize(246);
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void anItemHasItsNamesInThreeLanguagesCriteriaHistoryAndUnescoLink() {
        String reference = registry.referenceOf(208);
        HttpResponse<String> response = http.get("/api/v1/heritage/" + reference);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode item = json.readTree(response.body());
        assertThat(item.at("/name/ar").asString()).isEqualTo("المنظر الثقافي والبقايا الأثرية في وادي باميان");
        assertThat(item.at("/name/en").asString()).isEqualTo("Cultural Landscape and Archaeological Remains of the Bamiyan Valley");
        assertThat(item.at("/states/0").asString()).isEqualTo("AF");
        assertThat(item.at("/status").asString()).isEqualTo("IN_DANGER");
        assertThat(item.at("/criteria").size()).isEqualTo(5);
        assertThat(item.at("/unesco/url").asString()).isEqualTo("https://whc.unesco.org/en/list/208");
        assertThat(item.at("/location/latitude").asDouble()).isBetween(34.8, 34.9);

        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/api/v1/heritage/" + reference, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void filtersCombine() {
        JsonNode page = getJson("/api/v1/heritage?state=tr&kind=MIXED&limit=100");
        assertThat(page.get("items").size()).isEqualTo(2);
        page.get("items").forEach(item -> {
            assertThat(item.get("kind").asString()).isEqualTo("MIXED");
            assertThat(item.get("states").toString()).contains("TR");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"cursor=garbage", "cursor=", "kind=CASTLE", "limit=0", "limit=abc", "state=12", "lang=de",
            "criterion=iv", "year=-1", "cursor=MXhZRUFSHzIwMDAfbm90LWEtdXVpZA"})
    void malformedParametersAnswerAProblemDocumentNeverA500(String query) {
        HttpResponse<String> response = http.get("/api/v1/heritage?" + query, "Accept-Language", "fr");
        if (query.equals("cursor=")) {
            assertThat(response.statusCode()).isEqualTo(200);
            return;
        }
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-parameter");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Paramètre invalide");
    }

    @Test
    void aClientThatAcceptsNoJsonGetsA4xxNotA500() {
        HttpResponse<String> response = http.get("/api/v1/heritage", "Accept", "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(http.get("/en/heritage", "Accept", "application/x-nothing").statusCode()).isLessThan(500);
    }

    @Test
    void anUnknownItemIsA404Problem() {
        HttpResponse<String> response = http.get("/api/v1/heritage/IWH-99999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("type").asString()).isEqualTo("/problems/not-found");
    }

    @Test
    void theApiIsDescribedWithOpenApi() {
        JsonNode api = getJson("/v3/api-docs");
        assertThat(api.at("/paths").has("/api/v1/heritage")).isTrue();
        assertThat(api.at("/paths").has("/api/v1/heritage/{reference}")).isTrue();
    }

    private JsonNode getJson(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
