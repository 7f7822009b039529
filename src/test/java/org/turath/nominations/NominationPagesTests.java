package org.turath.nominations;

import org.turath.nominations.CommitteeSessionId;
import org.turath.nominations.NominationFileId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.internal.NominationDesk;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nomination portal through its pages, as each person uses them: a focal point writes and
 * submits a dossier, the secretariat returns it, the state fixes it, an expert evaluates, the
 * Committee inscribes it in a session held by videoconference, and the public finds it.
 */
@IntegrationTest
class NominationPagesTests {

    private static final Pattern FILE = Pattern.compile("/admin/nominations/([0-9a-f-]{36})");

    @Autowired
    MockMvc mvc;

    @Autowired
    NominationDesk desk;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.turath.nominations.NominationFixture> fixtures;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixture registry;

    NominationFixture people;
    final List<String> inscribed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        registry.demoData();
        people = fixtures.getObject();
    }

    @AfterEach
    void removeInscribedItems() {
        registry.remove(inscribed);
    }

    private Visitor signedIn(org.turath.accounts.Actor actor) throws Exception {
        Visitor visitor = new Visitor(mvc, "10.9." + (Math.abs(actor.email().hashCode()) % 250) + ".1");
        visitor.signIn(actor.email(), NominationFixture.PASSWORD);
        assertThat(visitor.signedIn()).isTrue();
        return visitor;
    }

    @Test
    void fromAStatesDraftToTheCommitteesInscriptionAndThePublicList() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String arabicName = "قصبة الاختبار " + unique;
        Visitor focal = signedIn(people.focalMorocco);

        // begin the file in Arabic
        focal.get("/ar/admin/nominations/new");
        MockHttpServletResponse created = focal.post("/ar/admin/nominations/new", Map.of("submission", UUID.randomUUID().toString(),
                "state", "MA", "kind", "CULTURAL", "name.ar", arabicName, "name.en", "Test kasbah " + unique));
        assertThat(created.getStatus()).isEqualTo(302);
        Matcher matcher = FILE.matcher(created.getRedirectedUrl());
        assertThat(matcher.find()).isTrue();
        String file = "/admin/nominations/" + matcher.group(1);

        // fill every section through its page; a too-long text is refused beside its field and nothing is lost
        String history = "/ar" + file + "/sections/history";
        Document page = Jsoup.parse(focal.get(history).getContentAsString());
        MockHttpServletResponse tooLong = focal.post(history, Map.of("version", version(page),
                "history.history.ar", "ت".repeat(15_001)));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLong.getContentAsString()).select("#error-summary").text())
                .contains("هذا النص أطول مما تسمح به الاستمارة");
        assertThat(Jsoup.parse(tooLong.getContentAsString()).select("textarea[name=history.history.ar]").text()).hasSize(15_001);

        for (DossierForm.Section section : DossierForm.sections(NominationKind.CULTURAL)) {
            fillSection(focal, file, section);
        }
        // a map of the property, uploaded through the file's page; an executable called .pdf is refused
        focal.get("/en" + file);
        MockHttpServletResponse fake = focal.upload("/en" + file + "/attachments", Map.of("kind", "MAP"), "file", "map.pdf",
                "application/pdf", "MZ\u0090\u0000 this is a Windows program, not a map".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(fake.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(fake.getContentAsString()).select("#problems").text()).contains("This file is not accepted");
        focal.get("/en" + file);
        assertThat(focal.upload("/en" + file + "/attachments", Map.of("kind", "MAP", "caption", "Boundaries"), "file", "map.png",
                "image/png", NominationFixture.png()).getRedirectedUrl()).contains("?done=attach");
        Document overview = Jsoup.parse(focal.get("/ar" + file).getContentAsString());
        String download = overview.select("#documents a[href*=/attachments/]").attr("href");
        MockHttpServletResponse map = focal.get(download);
        assertThat(map.getContentType()).isEqualTo("image/png");
        assertThat(map.getContentAsByteArray()).isEqualTo(NominationFixture.png());
        assertThat(overview.select(".list-group-item .badge").eachText()).allMatch(t -> !t.isBlank())
                .noneMatch(t -> t.startsWith("0 "));

        // submit: a reference and a receipt
        focal.get("/ar" + file);
        MockHttpServletResponse submitted = focal.post("/ar" + file + "/submit", Map.of());
        assertThat(submitted.getRedirectedUrl()).as(Jsoup.parse(submitted.getContentAsString()).select("#problems").text())
                .endsWith("?done=submit");
        String reference = jdbc.queryForObject("select reference from nomination_file where id = ?", String.class,
                UUID.fromString(matcher.group(1)));
        assertThat(reference).matches("IWHN-\\d{4}-\\d{3}");
        // a second click on submit changes nothing
        assertThat(focal.post("/ar" + file + "/submit", Map.of()).getRedirectedUrl()).endsWith("?done=submit");
        assertThat(jdbc.queryForObject("select versions from nomination_file where reference = ?", Integer.class, reference)).isEqualTo(1);

        // the secretariat returns it with a comment on one section
        Visitor secretariat = signedIn(people.secretariat);
        assertThat(secretariat.get("/en/admin/nominations?status=SUBMITTED").getContentAsString()).contains(reference);
        secretariat.get("/en" + file);
        assertThat(secretariat.post("/en" + file + "/return", Map.of("summary", "Please say more about the walls.",
                "sectionComment[history]", "The 12th-century walls are missing.")).getRedirectedUrl()).endsWith("?done=return");

        // the state sees the comment beside the section, fixes it and submits again
        assertThat(Jsoup.parse(focal.get("/en" + file).getContentAsString()).text()).contains("The 12th-century walls are missing.");
        page = Jsoup.parse(focal.get("/en" + file + "/sections/history").getContentAsString());
        Map<String, String> fixed = new LinkedHashMap<>(NominationFixture.values(DossierForm.section(NominationKind.CULTURAL, "history").orElseThrow()));
        fixed.put("history.history.en", "Walls of the 12th century, rebuilt in the 17th.");
        fixed.put("version", version(page));
        assertThat(focal.post("/en" + file + "/sections/history", fixed).getStatus()).isEqualTo(302);
        focal.get("/en" + file);
        assertThat(focal.post("/en" + file + "/submit", Map.of()).getRedirectedUrl()).endsWith("?done=submit");
        // everyone can see what changed between the versions
        String changes = Jsoup.parse(secretariat.get("/en" + file + "/versions/2").getContentAsString()).select("table.revision").text();
        assertThat(changes).contains("History and development — History and development (English)")
                .contains("Walls of the 12th century, rebuilt in the 17th.");

        // complete; an expert from Morocco is refused, one from Türkiye assigned
        secretariat.get("/en" + file);
        secretariat.post("/en" + file + "/accept", Map.of("comment", "Complete."));
        secretariat.get("/en" + file);
        MockHttpServletResponse refused = secretariat.post("/en" + file + "/assign", Map.of("evaluators", people.moroccanEvaluator.email(),
                "due", LocalDate.now().plusDays(30).toString()));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.getContentAsString()).select("#problems").text())
                .contains(people.moroccanEvaluator.email() + " acts for MA");
        assertThat(secretariat.post("/en" + file + "/assign", Map.of("evaluators", people.evaluator.email(),
                "due", LocalDate.now().plusDays(30).toString())).getRedirectedUrl()).endsWith("?done=assign");

        // the expert declares, then evaluates (in French)
        Visitor expert = signedIn(people.evaluator);
        assertThat(expert.get("/fr/admin/nominations").getContentAsString()).contains(reference);
        expert.get("/fr" + file);
        expert.post("/fr" + file + "/declare", Map.of("conflict", "no", "declaration", "Aucun lien avec ce bien."));
        expert.get("/fr" + file);
        assertThat(expert.postAll("/fr" + file + "/evaluate", Map.of("criterion", List.of("ii", "iv"),
                "assessment", List.of("Valeur démontrée."), "recommendation", List.of("INSCRIBE"))).getRedirectedUrl())
                .endsWith("?done=evaluate");

        // a session by videoconference, the file on its agenda, the member inscribes it
        int number = people.nextSessionNumber();
        secretariat.get("/en/admin/sessions");
        MockHttpServletResponse session = secretariat.post("/en/admin/sessions", Map.of("year", "2099", "number", String.valueOf(number),
                "kind", "EXTRAORDINARY", "mode", "VIDEOCONFERENCE", "videoLink", "https://meet.example.org/iwhc-" + number,
                "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(1).toString(), "members", people.member.email(),
                "place.en", "Online"));
        assertThat(session.getStatus()).isEqualTo(302);
        String sessionId = session.getRedirectedUrl().replaceAll(".*/admin/sessions/", "");
        secretariat.get("/en" + file);
        assertThat(secretariat.post("/en" + file + "/schedule", Map.of()).getStatus()).isEqualTo(422);
        secretariat.get("/en" + file);
        assertThat(secretariat.post("/en" + file + "/schedule", Map.of("session", sessionId)).getRedirectedUrl()).endsWith("?done=schedule");

        Visitor member = signedIn(people.member);
        assertThat(member.get("/ar/admin/sessions/" + sessionId).getContentAsString()).contains(reference);
        Document decide = Jsoup.parse(member.get("/ar" + file).getContentAsString());
        String fileVersion = decide.select("input[name=version]").attr("value");
        assertThat(member.post("/ar" + file + "/decide", Map.of("version", fileVersion, "outcome", "INSCRIBE",
                "text.ar", "تقرر اللجنة إدراج الممتلك")).getRedirectedUrl()).endsWith("?done=decide");
        String itemReference = jdbc.queryForObject("""
                select i.reference from heritage_item i join heritage_status_change c on c.item_id = i.id
                where c.decision_ref like ?""", String.class, "IWHC/2099." + number + "/%");
        inscribed.add(itemReference);

        // the public: the session's decision, the item on the Arabic List and in search
        Visitor anyone = new Visitor(mvc, "10.8.0.9");
        String publicSession = anyone.get("/ar/committee/sessions/" + sessionId).getContentAsString();
        assertThat(publicSession).contains("IWHC/2099." + number + "/1").contains(arabicName).contains("تقرر اللجنة إدراج الممتلك")
                .doesNotContain("meet.example.org");
        MockHttpServletResponse item = anyone.get("/ar/heritage/" + itemReference);
        assertThat(item.getStatus()).isEqualTo(200);
        assertThat(item.getContentAsString()).contains(arabicName);
        assertThat(anyone.get("/ar/search?q=" + "قصبة الاختبار " + unique)
                .getContentAsString()).contains(itemReference);
    }

    @Test
    void aFocalPointOfAnotherStateGuessingTheAddressSeesNothing() throws Exception {
        NominationFileId id = people.completeDraft("Hidden ksar");
        Visitor egypt = signedIn(people.focalEgypt);
        assertThat(egypt.get("/en/admin/nominations/" + id).getStatus()).isEqualTo(404);
        assertThat(egypt.get("/en/admin/nominations/" + id + "/sections/history").getStatus()).isEqualTo(404);
        egypt.get("/en/admin/nominations");
        assertThat(egypt.post("/en/admin/nominations/" + id + "/submit", Map.of()).getStatus()).isEqualTo(404);
        assertThat(egypt.post("/en/admin/nominations/" + id + "/sections/history", Map.of("version", "0",
                "history.history.en", "hijacked")).getStatus()).isEqualTo(404);
        assertThat(egypt.get("/en/admin/nominations/not-a-uuid").getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select text from nomination_text where file_id = ? and field_key = 'history.history.en'",
                String.class, id.value())).isEqualTo("Text of history");
    }

    @Test
    void scriptInTheDossierComesBackAsText() throws Exception {
        NominationFileId id = people.completeDraft("Scripted ksar");
        Visitor focal = signedIn(people.focalMorocco);
        Document page = Jsoup.parse(focal.get("/en/admin/nominations/" + id + "/sections/history").getContentAsString());
        Map<String, String> values = new LinkedHashMap<>(NominationFixture.values(DossierForm.section(NominationKind.CULTURAL, "history").orElseThrow()));
        values.put("history.history.en", "<script>alert(1)</script> قصر <img src=x onerror=alert(2)>");
        values.put("version", version(page));
        assertThat(focal.post("/en/admin/nominations/" + id + "/sections/history", values).getStatus()).isEqualTo(302);
        String html = focal.get("/en/admin/nominations/" + id + "/sections/history").getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aSubmissionWithSomethingMissingListsItInThePagesLanguage() throws Exception {
        Visitor focal = signedIn(people.focalMorocco);
        focal.get("/fr/admin/nominations/new");
        String url = focal.post("/fr/admin/nominations/new", Map.of("state", "MA", "kind", "INTANGIBLE", "name.fr", "Art des Gnaoua"))
                .getRedirectedUrl();
        String file = url.replaceAll("\\?.*", "").replaceAll(".*/fr/", "/fr/");
        focal.get(file);
        MockHttpServletResponse refused = focal.post(file + "/submit", Map.of());
        assertThat(refused.getStatus()).isEqualTo(422);
        String problems = Jsoup.parse(refused.getContentAsString()).select("#problems").text();
        assertThat(problems).contains("Le dossier ne peut pas encore être soumis")
                .contains("Participation et consentement des communautés — Consentement libre, préalable et éclairé");
    }

    @Test
    void theFiguresCountDecisionsPerYearAndGiveTheChartItsDataWithoutInlineScript() throws Exception {
        CommitteeSessionId session = people.session(people.nextSessionNumber(), people.member);
        people.fileIn(NominationStatus.DECIDED, session);
        // a period of its own, so that no figures another test drew in the last minute are shown instead
        Document page = Jsoup.parse(new Visitor(mvc, "10.8.0.10").get("/fr/figures?from=1999").getContentAsString());
        String year = String.valueOf(LocalDate.now().getYear());
        var section = page.getElementById("nominations-decisions").closest("section");
        assertThat(section.select("caption").text()).isEqualTo("Décisions du Comité par année et par issue");
        var row = section.select("tbody tr:has(th:contains(" + year + "))");
        assertThat(row).hasSize(1);
        // the "not inscribe" column counts at least the decision just taken
        assertThat(section.select("thead th").get(4).text()).isEqualTo("Ne pas inscrire");
        assertThat(Integer.parseInt(row.select("td").get(3).text())).isPositive();
        assertThat(page.select("script#figures-data").attr("type")).isEqualTo("application/json");
        var data = tools.jackson.databind.json.JsonMapper.builder().build().readTree(page.select("script#figures-data").html())
                .get("nominations-decisions");
        assertThat(data.get("labels").toString()).contains(year);
        assertThat(data.get("columns").toString()).contains("Ne pas inscrire");
    }

    @Test
    void aFocalPointKeepsTheStatesPreliminaryListAndNominatesFromIt() throws Exception {
        Visitor focal = signedIn(people.focalMorocco);
        String name = "Ribat of the preliminary list " + UUID.randomUUID().toString().substring(0, 6);
        focal.get("/en/admin/preliminary-list");
        assertThat(focal.post("/en/admin/preliminary-list", Map.of("state", "MA", "kind", "CULTURAL", "name.en", name))
                .getRedirectedUrl()).endsWith("?added");
        assertThat(focal.get("/en/admin/preliminary-list").getContentAsString()).contains(name);
        // another state's focal point neither sees nor removes it
        Visitor egypt = signedIn(people.focalEgypt);
        assertThat(egypt.get("/en/admin/preliminary-list").getContentAsString()).doesNotContain(name);
        String entry = jdbc.queryForObject("select id from preliminary_entry where name_en = ?", String.class, name);
        assertThat(egypt.post("/en/admin/preliminary-list/" + entry + "/remove", Map.of()).getStatus()).isEqualTo(404);
        // the secretariat reads every state's list
        assertThat(signedIn(people.secretariat).get("/en/admin/preliminary-list").getContentAsString()).contains(name);

        Document form = Jsoup.parse(focal.get("/en/admin/nominations/new").getContentAsString());
        assertThat(form.select("#f-preliminary option[value=" + entry + "]").text()).contains(name);
        String created = focal.post("/en/admin/nominations/new", Map.of("state", "MA", "kind", "CULTURAL", "name.en", name,
                "preliminaryEntry", entry)).getRedirectedUrl();
        assertThat(created).contains("?created");
        assertThat(jdbc.queryForObject("select count(*) from nomination_file where preliminary_entry_id = ?::uuid", Integer.class, entry))
                .isEqualTo(1);

        focal.get("/en/admin/preliminary-list");
        assertThat(focal.post("/en/admin/preliminary-list/" + entry + "/remove", Map.of()).getRedirectedUrl()).endsWith("?removed");
        assertThat(focal.get("/en/admin/preliminary-list").getContentAsString()).doesNotContain(name);
    }

    @Test
    void zonesUploadedAsKmlAndGeoJsonAreDrawnAndKeptAcrossIdentificationSaves() throws Exception {
        NominationFileId id = people.completeDraft("Ksar of Zones " + UUID.randomUUID().toString().substring(0, 6));
        Visitor focal = signedIn(people.focalMorocco);
        String file = "/en/admin/nominations/" + id;
        focal.get(file);
        String kml = "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                + "-8.0,31.6 -7.9,31.6 -7.9,31.7 -8.0,31.6</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>";
        assertThat(focal.upload(file + "/zones", Map.of("target", "0", "zone", "core"), "file", "core.kml",
                "application/vnd.google-earth.kml+xml", kml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getRedirectedUrl())
                .contains("?done=zone");
        focal.get(file);
        MockHttpServletResponse point = focal.upload(file + "/zones", Map.of("target", "0", "zone", "buffer"), "file", "buffer.geojson",
                "application/geo+json", "{\"type\":\"Point\",\"coordinates\":[1,2]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(point.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(point.getContentAsString()).select("#problems").text()).contains("Zones are polygons; this file holds a Point");

        // saving the identification again keeps the zone
        Document identification = Jsoup.parse(focal.get(file + "/sections/identification").getContentAsString());
        Map<String, String> fields = new LinkedHashMap<>(NominationFixture.values(DossierForm.section(NominationKind.CULTURAL, "identification").orElseThrow()));
        identification.select("input[name^=name.]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        fields.put("latitude", "31.65");
        fields.put("longitude", "-7.95");
        fields.put("version", version(identification));
        assertThat(focal.post(file + "/sections/identification", fields).getStatus()).isEqualTo(302);

        Document page = Jsoup.parse(focal.get(file).getContentAsString());
        assertThat(page.select("#zones li").text()).contains("The property — Core zone").contains("1 polygon(s), 4 points");
        assertThat(page.select("script#zones-data").attr("type")).isEqualTo("application/json");
        assertThat(page.select("script#zones-data")).hasSize(1);
        assertThat(page.select("script[src^=/js/zones-map]")).hasSize(1);
        desk.submit(people.focalMorocco, id);
        assertThat(desk.version(people.focalMorocco, id, 1).orElseThrow().texts()).containsEntry("identification.coreZone", "1 polygon(s), 4 points");
    }

    private static String version(Document page) {
        return page.select("input[name=version]").attr("value");
    }

    private void fillSection(Visitor focal, String file, DossierForm.Section section) throws Exception {
        String path = "/en" + file + "/sections/" + section.key();
        Document page = Jsoup.parse(focal.get(path).getContentAsString());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("version", List.of(version(page)));
        NominationFixture.values(section).forEach((key, value) -> {
            DossierForm.Field field = section.field(key.split("\\.")[1]).orElseThrow();
            if (field.type() == DossierForm.Type.CHOICES) {
                List<String> choices = new ArrayList<>();
                for (String c : value.split(",")) {
                    choices.add(field.key() + ":" + c);
                }
                fields.put("choice", choices);
            } else {
                fields.put(key, List.of(value));
            }
        });
        if (section.key().equals("identification")) {
            page.select("input[name^=name.]").forEach(input -> fields.put(input.attr("name"), List.of(input.attr("value"))));
            fields.put("latitude", List.of("31.05"));
            fields.put("longitude", List.of("-7.13"));
            fields.put("core", List.of("12,5"));
        }
        MockHttpServletResponse saved = focal.postAll(path, fields);
        assertThat(saved.getStatus()).as(section.key() + ": " + Jsoup.parse(saved.getContentAsString()).select(".alert").text())
                .isEqualTo(302);
    }
}
