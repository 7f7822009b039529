package org.turath.opendata;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.learning.LearningFixture;
import org.turath.learning.internal.TrainingDesk;
import org.turath.library.domain.NewsArticle;
import org.turath.library.internal.NewsDesk;
import org.turath.pagecache.PageCache;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linked data as search engines and other systems read it, through the real server: every kind of public page
 * embeds one schema.org description whose names are tagged with their language; a heritage item's address answers
 * JSON-LD to a client that asks for it, and its lasting {@code /id/} address sends each client where it belongs.
 */
@IntegrationTest
class LinkedDataTests extends OverHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    NewsDesk news;

    @Autowired
    TrainingDesk trainings;

    @Autowired
    PageCache pages;

    @Autowired
    org.turath.collections.CollectionsFixture collections;

    @Autowired
    org.turath.fund.FundFixture fund;

    @Autowired
    org.turath.library.internal.LibraryDesk library;

    @Autowired
    org.turath.documents.PdfRenderer pdfs;

    @Autowired
    org.turath.partners.internal.PartnerDesk partners;

    @Autowired
    org.turath.exhibitions.internal.ExhibitionDesk exhibitions;

    @Autowired
    OpenDataDumps dumps;

    @Test
    void everyKindOfPublicPageDescribesItsSubjectWithLanguageTaggedNames() {
        String kairouan = registry.referenceOf(499);
        NewsArticle article = news.create(new Actor("news.linked@example.org", Set.of(Role.EDITOR), Set.of()),
                new NewsArticle.Draft(new LocalizedText("خبر للبيانات المترابطة", "News for linked data", "Nouvelle pour les données liées"),
                        new LocalizedText("مقدمة", "Lead", "Chapeau"), new RichText(null, "<p>Body</p>", null), LocalizedText.empty(),
                        List.of(), List.of(), Instant.now().minusSeconds(5), true), null);
        var training = LearningFixture.create(trainings, LearningFixture.workshop("Linked data " + UUID.randomUUID().toString().substring(0, 6),
                20, Duration.ofDays(20), Duration.ofDays(10), false));

        JsonNode item = described("/ar/heritage/" + kairouan, "LandmarksOrHistoricalBuildings");
        assertThat(item.get("@id").asString()).endsWith("/id/heritage/" + kairouan);
        assertThat(languages(item.get("name"))).containsExactlyInAnyOrder("ar", "en", "fr");
        assertThat(item.get("geo").get("latitude").asDouble()).isBetween(35.0, 36.0);
        assertThat(item.get("containedInPlace").get(0).get("identifier").asString()).isEqualTo("TN");
        assertThat(item.get("sameAs").asString()).isEqualTo("https://whc.unesco.org/en/list/499");

        assertThat(described("/en/", "WebSite").get("potentialAction").get("@type").asString()).isEqualTo("SearchAction");
        assertThat(languages(described("/fr/states/tn", "Country").get("name"))).contains("ar", "en", "fr");
        JsonNode newsArticle = described("/en/news/" + article.id(), "NewsArticle");
        assertThat(languages(newsArticle.get("headline"))).containsExactlyInAnyOrder("ar", "en", "fr");
        assertThat(newsArticle.get("datePublished").asString()).isNotBlank();
        // the page's address gives the same description to a client that asks for JSON-LD, whatever the page's language
        for (String path : List.of("/fr/news/" + article.id(), "/en/trainings/" + training)) {
            HttpResponse<String> data = http.get(path, "Accept", "application/ld+json");
            assertThat(data.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/ld+json");
            assertThat(JSON.readTree(data.body()).get("@id").asString()).as(path).contains("/ar/");
        }
        JsonNode event = described("/ar/trainings/" + training, "Event");
        assertThat(event.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(event.get("startDate").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    }

    @Test
    void scriptInANameCannotLeaveTheDescription() {
        String reference = registry.referenceOf(170);
        String name = registry.jdbc().queryForObject("select name_en from heritage_item where reference = ?", String.class, reference);
        registry.jdbc().update("update heritage_item set name_en = ? where reference = ?",
                "Fez </script><script>alert(1)</script> <!--", reference);
        pages.clear();
        try {
            String html = http.get("/en/heritage/" + reference).body();
            List<Element> scripts = Jsoup.parse(html).select("script[type=application/ld+json]");
            assertThat(scripts).hasSize(1);
            JsonNode description = JSON.readTree(scripts.get(0).data());
            assertThat(description.get("name").toString()).contains("</script><script>alert(1)</script>");
            assertThat(Jsoup.parse(html).select("script:not([src]):not([type=application/ld+json])")).isEmpty();
            // the map drawn in the page names the place as text too
            assertThat(Jsoup.parse(html).select("svg.locator-map circle.pin title").text()).contains("</script><script>alert(1)</script>");
        } finally {
            registry.jdbc().update("update heritage_item set name_en = ? where reference = ?", name, reference);
            pages.clear();
        }
    }

    @Test
    void anItemsAddressesAnswerJsonLdToWhoeverAsksForIt() {
        String fez = registry.referenceOf(170);
        // the page first, so a kept page is there to be wrongly served
        assertThat(http.get("/en/heritage/" + fez).headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        HttpResponse<String> data = http.get("/en/heritage/" + fez, "Accept", "application/ld+json");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(JSON.readTree(data.body()).get("identifier").asString()).isEqualTo(fez);

        HttpResponse<String> api = http.get("/api/v1/heritage/" + fez + ".jsonld");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(api.body()).get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(http.get("/api/v1/heritage/" + fez).headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

        HttpResponse<String> french = http.get("/id/heritage/" + fez, "Accept", "text/html", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
        assertThat(french.statusCode()).isEqualTo(303);
        assertThat(french.headers().firstValue("Location").orElse("")).endsWith("/fr/heritage/" + fez);
        assertThat(http.get("/id/heritage/" + fez, "Accept", "text/html").headers().firstValue("Location").orElse(""))
                .as("Arabic first").endsWith("/ar/heritage/" + fez);
        assertThat(http.get("/id/heritage/" + fez, "Accept", "application/ld+json").headers().firstValue("Location").orElse(""))
                .endsWith("/api/v1/heritage/" + fez + ".jsonld");
        assertThat(http.get("/id/heritage/IWH-999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theListSearchAndMapDescribeWhatTheyShowAsAnOrderedList() {
        JsonNode list = described("/ar/heritage?state=MA", "CollectionPage");
        assertThat(list.get("name").get("@language").asString()).isEqualTo("ar");
        JsonNode items = list.get("mainEntity").get("itemListElement");
        Document page = Jsoup.parse(http.get("/ar/heritage?state=MA").body());
        assertThat(items.size()).as("a list item for each card of the page").isEqualTo(page.select(".heritage-cards li").size()).isPositive();
        assertThat(items.get(0).get("position").asInt()).isEqualTo(1);
        assertThat(items.get(0).get("url").asString()).contains("/ar/heritage/IWH-");

        JsonNode search = described("/en/search?q=medina", "SearchResultsPage");
        assertThat(search.get("name").get("@value").asString()).contains("medina");
        Document results = Jsoup.parse(http.get("/en/search?q=medina").body());
        String heading = results.select(".result-count").first().text();
        assertThat(heading).startsWith(search.get("mainEntity").get("numberOfItems").asString() + " ");
        JsonNode map = described("/fr/map", "CollectionPage");
        assertThat(map.get("mainEntity").get("numberOfItems").asLong()).isGreaterThan(200);
    }

    @Test
    void museumsPublicationsAndFundedProjectsDescribeThemselvesInJsonLdToo() throws Exception {
        var museum = collections.museum(org.turath.collections.CollectionsFixture.suffix());
        assertThat(languages(described("/ar/museums/" + museum.reference(), "Museum").get("name"))).contains("en");

        String title = "Linked data guide " + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = pdfs.render("fixtures/publication", org.turath.shared.Language.EN, java.util.Map.of("title", title, "pages", List.of("A page")));
        var publication = library.create(new Actor("library.linked@example.org", Set.of(Role.EDITOR), Set.of()),
                new org.turath.library.domain.Publication.Details(org.turath.library.PublicationKind.GUIDE,
                        new LocalizedText("دليل", title, null), new RichText(null, "<p>First.</p>", null), "ICESCO", 2025,
                        org.turath.shared.Language.EN, null, null, null, List.of(), true), new java.io.ByteArrayInputStream(pdf), "guide.pdf");
        assertThat(languages(described("/fr/publications/" + publication.id(), "CreativeWork").get("name")))
                .containsExactlyInAnyOrder("ar", "en");

        Actor focal = fund.person("focal.linked", org.turath.shared.Language.FR, Set.of(Role.FOCAL_POINT), Set.of("MA"));
        var project = fund.granted(focal, fund.openCall(), registry.referenceOf(170), "Remparts décrits");
        JsonNode described = described("/en/support-fund/projects/" + project.reference(), "Project");
        assertThat(described.get("subjectOf").get("@type").asString()).isEqualTo("MonetaryGrant");
    }

    @Test
    void partnersAndExhibitionsDescribeThemselvesAsAProcessorReadsThem() {
        Actor keeper = org.turath.collections.CollectionsFixture.KEEPER;
        String slug = "linked-" + UUID.randomUUID().toString().substring(0, 8);
        var partner = partners.createPartner(keeper, java.util.Optional.empty(), new org.turath.partners.domain.Partner.Details(slug,
                new LocalizedText("جامعة البيانات المترابطة", "Linked Data University", "Université des données liées"), "LDU",
                org.turath.partners.PartnerKind.UNIVERSITY, "MA", "https://example.org", LocalizedText.empty(), null));
        var other = partners.createPartner(keeper, java.util.Optional.empty(), new org.turath.partners.domain.Partner.Details(slug + "-b",
                new LocalizedText(null, "Linked Data Museum", null), null, org.turath.partners.PartnerKind.MUSEUM, null, null,
                LocalizedText.empty(), null));
        partners.create(keeper, java.util.Optional.empty(), new org.turath.partners.domain.Agreement.Details(
                org.turath.partners.AgreementKind.PROGRAMME, new LocalizedText("برنامج", "Programme", "Programme"),
                LocalizedText.empty(), true, java.time.LocalDate.now().minusMonths(2), org.turath.partners.domain.Agreement.Precision.DAY,
                36, org.turath.partners.Renewal.TACIT, "USD", new java.math.BigDecimal("1000"), true,
                List.of(new org.turath.partners.domain.Party(partner.id().value(), new java.math.BigDecimal("70"), new java.math.BigDecimal("700")),
                        new org.turath.partners.domain.Party(other.id().value(), new java.math.BigDecimal("30"), new java.math.BigDecimal("300"))),
                List.of(), "Signed copy", keeper.email()));
        JsonNode university = described("/fr/partners/" + slug, "CollegeOrUniversity");
        assertThat(languages(university.get("name"))).containsExactlyInAnyOrder("ar", "en", "fr");

        var museum = collections.museum(org.turath.collections.CollectionsFixture.suffix());
        var exhibition = exhibitions.create(keeper, java.util.Optional.empty(), new org.turath.exhibitions.domain.Exhibition.Details(
                slug + "-exhibition", org.turath.exhibitions.ExhibitionKind.TRAVELLING, museum.id().value(),
                new LocalizedText("معرض البيانات", "Linked exhibition", null),
                new LocalizedText(null, "An exhibition described for machines.", null), false, null, true));
        exhibitions.addSection(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(),
                new org.turath.exhibitions.domain.ExhibitionSection.Draft(new LocalizedText("الموقع", "The site", null),
                        LocalizedText.empty(), List.of(new org.turath.exhibitions.domain.ExhibitionPiece.Draft(
                        org.turath.exhibitions.domain.ExhibitionPiece.Kind.HERITAGE, registry.referenceOf(499), LocalizedText.empty()))));
        exhibitions.addVenue(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(), museum.reference(),
                java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(30));
        exhibitions.publish(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(), true);
        JsonNode event = described("/ar/exhibitions/" + exhibition.reference(), "ExhibitionEvent");
        assertThat(languages(event.get("name"))).containsExactlyInAnyOrder("ar", "en");
    }

    @Test
    void theCompleteFilesOfEveryKindOfRecordAreJsonLdAProcessorExpands() throws Exception {
        collections.ewer(collections.museum(org.turath.collections.CollectionsFixture.suffix()),
                "expanded-" + UUID.randomUUID().toString().substring(0, 8), true);
        dumps.writeAll();
        for (OpenDataDumps.Format format : OpenDataDumps.Format.values()) {
            if (!format.fileName.endsWith(".jsonld.gz") || format.recordType().equals("heritage")) {
                continue;
            }
            String content = new String(new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(
                    dumps.file(dumps.current(format).orElseThrow()))).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jakarta.json.JsonArray all;
            try {
                all = com.apicatalog.jsonld.JsonLd.expand(com.apicatalog.jsonld.document.JsonDocument.of(new java.io.StringReader(content)))
                        .loader((url, options) -> {
                            throw new com.apicatalog.jsonld.JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                                    url.toString());
                        }).get();
            } catch (com.apicatalog.jsonld.JsonLdError e) {
                throw new AssertionError(format.fileName + ": not valid JSON-LD: " + e.getMessage(), e);
            }
            if (format == OpenDataDumps.Format.OBJECTS_JSONLD) {
                // the graph's records: each an address, its titles tagged with their languages in Dublin Core's terms
                jakarta.json.JsonArray graph = all.getJsonObject(0).getJsonArray("@graph");
                assertThat(graph).isNotEmpty();
                jakarta.json.JsonObject first = graph.getJsonObject(0);
                assertThat(first.getString("@id")).startsWith("http");
                assertThat(first.getJsonArray("http://purl.org/dc/elements/1.1/title"))
                        .anySatisfy(title -> assertThat(title.asJsonObject().getString("@language", "")).isIn("ar", "en", "fr"));
            }
        }
    }

    @Test
    void anObjectsAddressAnswersSchemaOrgOrLinkedArtByWhatTheClientAccepts() {
        String s = org.turath.collections.CollectionsFixture.suffix();
        var museum = collections.museum(s);
        var ewer = collections.ewer(museum, "linked-ewer-" + s, true);
        var draft = collections.ewer(museum, "linked-draft-" + s, false);
        String path = "/fr/collections/" + ewer.reference();

        JsonNode schema = described(path, "CreativeWork");
        assertThat(languages(schema.get("name"))).containsExactlyInAnyOrder("ar", "en");
        HttpResponse<String> asked = http.get(path, "Accept", "application/ld+json");
        assertThat(asked.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(JSON.readTree(asked.body()).get("@type").asString()).isEqualTo("CreativeWork");

        String profile = "application/ld+json;profile=\"https://linked.art/ns/v1/linked-art.json\"";
        HttpResponse<String> linkedArt = http.get(path, "Accept", profile);
        assertThat(linkedArt.statusCode()).isEqualTo(200);
        assertThat(linkedArt.headers().firstValue("Content-Type").orElse("")).contains("linked-art.json");
        // field names in Vary are case-insensitive (Tomcat writes them in lower case when it adds accept-encoding)
        assertThat(linkedArt.headers().allValues("Vary").stream().flatMap(vary -> java.util.Arrays.stream(vary.split(",")))
                .map(String::strip)).anyMatch("Accept"::equalsIgnoreCase);
        JsonNode object = JSON.readTree(linkedArt.body());
        assertThat(object.get("@context").asString()).isEqualTo("https://linked.art/ns/v1/linked-art.json");
        assertThat(object.get("type").asString()).isEqualTo("HumanMadeObject");
        assertThat(object.get("id").asString()).endsWith("/ar/collections/" + ewer.reference());
        // read by a JSON-LD processor with Linked Art's own context: every property is one the context defines (a term
        // it does not know would be dropped in silence), and the object is CIDOC-CRM's human-made object
        jakarta.json.JsonObject linkedArtExpanded = expandedLinkedArt(linkedArt.body());
        assertThat(linkedArtExpanded.getJsonArray("@type").getString(0)).isEqualTo("http://www.cidoc-crm.org/cidoc-crm/E22_Human-Made_Object");
        List<String> compactKeys = new ArrayList<>();
        object.propertyNames().forEach(name -> {
            if (!name.equals("@context") && !name.equals("id") && !name.equals("type")) {
                compactKeys.add(name);
            }
        });
        assertThat(linkedArtExpanded.keySet().stream().filter(key -> !key.startsWith("@")).count())
                .as("every property of " + compactKeys + " known to the context").isEqualTo(compactKeys.size());
        // its names, one a language, each tagged with the Getty vocabulary's language; its inventory number
        List<String> names = new ArrayList<>();
        object.get("identified_by").forEach(entry -> {
            if (entry.get("type").asString().equals("Name")) {
                names.add(entry.get("language").get(0).get("id").asString() + " " + entry.get("content").asString());
            } else {
                assertThat(entry.get("type").asString()).isEqualTo("Identifier");
                assertThat(entry.get("content").asString()).isEqualTo(ewer.inventoryNumber());
                assertThat(entry.get("classified_as").get(0).get("id").asString()).isEqualTo("http://vocab.getty.edu/aat/300312355");
            }
        });
        assertThat(names).containsExactlyInAnyOrder("http://vocab.getty.edu/aat/300387843 إبريق من النحاس",
                "http://vocab.getty.edu/aat/300388277 Brass ewer " + ewer.reference());
        assertThat(object.get("made_of").get(0).get("_label").asString()).isEqualTo("Brass");
        assertThat(object.get("produced_by").get("timespan").get("begin_of_the_begin").asString()).isEqualTo("1100-01-01T00:00:00Z");
        assertThat(object.get("current_owner").get(0).get("id").asString()).endsWith("/museums/" + museum.reference());
        assertThat(object.get("referred_to_by").get(0).get("content").asString()).isEqualTo("A ewer with a long spout.");
        // an object that is not public is not described, whatever is asked
        assertThat(http.get("/en/collections/" + draft.reference(), "Accept", profile).statusCode()).isEqualTo(404);
        assertThat(http.get("/en/collections/" + draft.reference(), "Accept", "application/ld+json").statusCode()).isEqualTo(404);
    }

    private JsonNode described(String path, String type) {
        HttpResponse<String> page = http.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        List<Element> scripts = Jsoup.parse(page.body()).select("script[type=application/ld+json]");
        assertThat(scripts).as(path).hasSize(1);
        JsonNode description = JSON.readTree(scripts.get(0).data());
        assertThat(description.get("@context").asString()).as(path).isEqualTo("https://schema.org");
        assertThat(description.get("@type").asString()).as(path).isEqualTo(type);
        // read by a JSON-LD processor as well: it expands, to the schema.org type, with every name tagged with its language
        jakarta.json.JsonObject expanded = expanded(scripts.get(0).data(), path);
        assertThat(expanded.getJsonArray("@type").getString(0)).as(path).isEqualTo("https://schema.org/" + type);
        for (String property : List.of("https://schema.org/name", "https://schema.org/headline")) {
            if (expanded.containsKey(property)) {
                assertThat(expanded.getJsonArray(property)).as(path + " " + property)
                        .allSatisfy(value -> assertThat(value.asJsonObject().getString("@language", "")).isIn("ar", "en", "fr"));
            }
        }
        if (!"Country".equals(type)) {
            assertThat(description.get("publisher") != null || description.get("organizer") != null || description.get("funder") != null).as(path + " names the centre").isTrue();
        }
        return description;
    }

    /**
     * The description as a JSON-LD processor expands it. Schema.org's context cannot be fetched here: the loader answers
     * for it with the vocabulary it stands for ({@code "@vocab": "https://schema.org/"}), and refuses any other address.
     */
    private static jakarta.json.JsonObject expanded(String json, String path) {
        com.apicatalog.jsonld.loader.DocumentLoader schemaOrg = (url, options) -> {
            if (!url.toString().replaceAll("/$", "").equals("https://schema.org")) {
                throw new com.apicatalog.jsonld.JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, url.toString());
            }
            return com.apicatalog.jsonld.document.JsonDocument.of(new java.io.StringReader("{\"@context\": {\"@vocab\": \"https://schema.org/\"}}"));
        };
        try {
            jakarta.json.JsonArray all = com.apicatalog.jsonld.JsonLd.expand(com.apicatalog.jsonld.document.JsonDocument.of(
                    new java.io.StringReader(json))).loader(schemaOrg).get();
            assertThat(all).as(path).hasSize(1);
            return all.getJsonObject(0);
        } catch (com.apicatalog.jsonld.JsonLdError e) {
            throw new AssertionError(path + ": not valid JSON-LD: " + e.getMessage(), e);
        }
    }

    /** The object as a JSON-LD processor expands it with Linked Art's context (kept in the test resources). */
    private static jakarta.json.JsonObject expandedLinkedArt(String json) {
        com.apicatalog.jsonld.loader.DocumentLoader linkedArt = (url, options) -> {
            if (!url.toString().equals("https://linked.art/ns/v1/linked-art.json")) {
                throw new com.apicatalog.jsonld.JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, url.toString());
            }
            try (java.io.InputStream context = LinkedDataTests.class.getResourceAsStream("/jsonld/linked-art.json")) {
                return com.apicatalog.jsonld.document.JsonDocument.of(context);
            } catch (java.io.IOException e) {
                throw new com.apicatalog.jsonld.JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
            }
        };
        try {
            jakarta.json.JsonArray all = com.apicatalog.jsonld.JsonLd.expand(com.apicatalog.jsonld.document.JsonDocument.of(
                    new java.io.StringReader(json))).loader(linkedArt).get();
            assertThat(all).hasSize(1);
            return all.getJsonObject(0);
        } catch (com.apicatalog.jsonld.JsonLdError e) {
            throw new AssertionError("not valid Linked Art JSON-LD: " + e.getMessage(), e);
        }
    }

    private static List<String> languages(JsonNode values) {
        List<String> tags = new ArrayList<>();
        values.forEach(value -> tags.add(value.get("@language").asString()));
        return tags;
    }
}
