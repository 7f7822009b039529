package org.turath.collections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.ObjectImage;
import org.turath.collections.internal.CollectionDesk;
import org.turath.collections.internal.ImageDesk;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.LocalizedText;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every published object's manifest (an object with a ready image has one), and every published exhibition's, read by a real IIIF client: the IIIF community's parser (@iiif/parser, in node)
 * normalises it and its strict Presentation 3 upgrader finds nothing to correct — labels in the three languages, a
 * manuscript's right-to-left order, one canvas per image pointing to the portal's image service.
 */
@IntegrationTest
class IiifClientTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MuseumDesk museums;

    @Autowired
    CollectionDesk collections;

    @Autowired
    ImageDesk images;

    @Autowired
    org.turath.exhibitions.internal.ExhibitionDesk exhibitions;

    @Test
    void everyPublishedManifestIsReadByTheIiifParserWithoutAProblem() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        Actor keeper = new Actor("iiif.client@example.org", Set.of(Role.SECRETARIAT), Set.of());
        Museum museum = museums.create(keeper, Optional.empty(), new Museum.Details("iiif-library-" + s,
                new LocalizedText("مكتبة " + s, "Library " + s, "Bibliothèque " + s), MuseumKind.MANUSCRIPTS_LIBRARY, "MA",
                new LocalizedText("فاس", "Fez", "Fès"), null, null, null, null, null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), null, Set.of()));
        museums.publish(keeper, museum.id(), museum.version(), true);
        CollectionObject manuscript = collections.create(keeper, Optional.empty(), new CollectionObject.Details("iiif-manuscript-" + s,
                museum.id().value(), "MS " + s, new LocalizedText("مخطوط", "Manuscript", "Manuscrit"),
                new LocalizedText("مصحف " + s, "Qur'an " + s, "Coran " + s), LocalizedText.empty(), CollectionObject.Measures.NONE,
                "بسم الله الرحمن الرحيم", "ar", new LocalizedText(null, "In the name of God", null), LocalizedText.empty(),
                LocalizedText.empty(), LocalizedText.empty(), null, null, LocalizedText.empty(), LocalizedText.empty(),
                new LocalizedText(null, "A folio", null), LocalizedText.empty(), true, null, false, Set.of(), Set.of()));
        manuscript = collections.publish(keeper, manuscript.id(), manuscript.version(), true);
        for (int folio = 1; folio <= 2; folio++) {
            images.add(keeper, manuscript.id(), new ByteArrayInputStream(CollectionTests.png(900, 1300)),
                    new ImageDesk.Details("Library " + s, Licence.CC_BY_SA, new LocalizedText("الورقة " + folio, "Folio " + folio, null), false));
        }
        for (int i = 0; i < 600 && images.of(Optional.empty(), manuscript.id()).stream()
                .anyMatch(image -> image.status() != ObjectImage.Status.READY); i++) {
            Thread.sleep(100);
        }

        // an exhibition showing the manuscript: its manifest holds a canvas per image of the objects it shows
        var exhibition = exhibitions.create(keeper, Optional.empty(), new org.turath.exhibitions.domain.Exhibition.Details(
                "iiif-exhibition-" + s, org.turath.exhibitions.ExhibitionKind.VIRTUAL, museum.id().value(),
                new LocalizedText("معرض " + s, "Exhibition " + s, "Exposition " + s), LocalizedText.empty(), true, null, false));
        exhibitions.addSection(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(),
                new org.turath.exhibitions.domain.ExhibitionSection.Draft(new LocalizedText(null, "The manuscript", null), LocalizedText.empty(),
                        List.of(new org.turath.exhibitions.domain.ExhibitionPiece.Draft(org.turath.exhibitions.domain.ExhibitionPiece.Kind.OBJECT,
                                manuscript.reference(), LocalizedText.empty()))));
        exhibitions.publish(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(), true);

        Visitor visitor = new Visitor(mvc, "10.85.0.1");
        Path directory = Files.createTempDirectory("manifests");
        List<String> command = new ArrayList<>(List.of(System.getenv().getOrDefault("TURATH_NODE", "node"),
                new ClassPathResource("iiif-parser/check-manifests.cjs").getFile().getAbsolutePath()));
        List<String> references = jdbc.queryForList(
                "select o.reference from collection_object o where o.published and exists (select 1 from collection_image i"
                        + " where i.object_id = o.id and i.status = 'READY') order by o.reference limit 500", String.class);
        for (String reference : references) {
            MockHttpServletResponse manifest = visitor.get("/iiif/3/manifests/" + reference);
            assertThat(manifest.getStatus()).as(reference).isEqualTo(200);
            Path file = directory.resolve(reference + ".json");
            Files.writeString(file, manifest.getContentAsString(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        List<String> shows = jdbc.queryForList("select reference from exhibition where published order by reference limit 100", String.class);
        for (String reference : shows) {
            MockHttpServletResponse manifest = visitor.get("/iiif/3/manifests/exhibitions/" + reference);
            if (manifest.getStatus() == 404) {
                // an exhibition that shows no object with an image has no manifest
                continue;
            }
            assertThat(manifest.getStatus()).as(reference).isEqualTo(200);
            Path file = directory.resolve("exhibition-" + reference + ".json");
            Files.writeString(file, manifest.getContentAsString(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();

        Map<String, JsonNode> read = new HashMap<>();
        for (String line : output.strip().split("\n")) {
            JsonNode result = JSON.readTree(line);
            read.put(result.get("id").asString().replaceAll(".*/", ""), result);
        }
        assertThat(read.keySet()).containsAll(references);
        JsonNode ours = read.get(manuscript.reference());
        assertThat(ours.get("labels").toString()).isEqualTo("[\"ar\",\"en\",\"fr\"]");
        assertThat(ours.get("viewingDirection").asString()).isEqualTo("right-to-left");
        assertThat(ours.get("canvases").asInt()).isEqualTo(2);
        JsonNode show = read.get("iiif-exhibition-" + s);
        assertThat(show).as("the exhibition's manifest").isNotNull();
        assertThat(show.get("canvases").asInt()).isEqualTo(2);
        assertThat(show.get("viewingDirection").asString()).isEqualTo("right-to-left");
        List<String> services = new ArrayList<>();
        ours.get("services").forEach(service -> services.add(service.asString()));
        assertThat(services).allMatch(service -> service.matches(".*/iiif/3/[0-9a-f-]{36}"));
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }
}
