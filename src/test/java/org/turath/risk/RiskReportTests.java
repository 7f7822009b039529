package org.turath.risk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.registry.RegistryApi;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.RiskReport;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Condition reports as the people who write, check and read them use them: a focal point reports on an item of their
 * state, an expert checks it, the secretariat publishes it, and it shows on the item's page, the heritage at risk pages,
 * the feed and the API, and leaves them when it is taken back.
 */
@IntegrationTest
class RiskReportTests {

    private static final String PASSWORD = "a long and unusual passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    RegistryFixture registry;

    @Autowired
    RegistryApi items;

    @Autowired
    RiskFixture risk;

    @Autowired
    JdbcTemplate jdbc;

    String item;
    String state;
    String otherItem;

    @BeforeEach
    void demoData() {
        registry.demoData();
        item = registry.referenceOf(21);
        state = items.find(item).orElseThrow().states().get(0);
        otherItem = registry.referenceOf(170);
        assertThat(items.find(otherItem).orElseThrow().states()).doesNotContain(state);
    }

    private Visitor signedIn(Role role, Set<String> states) throws Exception {
        String email = "risk." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Risk " + role, PASSWORD, Language.EN, "Centre", Set.of(role), states);
        Visitor visitor = new Visitor(mvc, "10.61." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private Map<String, String> form(String reference) {
        Map<String, String> form = new HashMap<>();
        form.put("item", reference);
        form.put("assessedOn", LocalDate.now().minusDays(10).toString());
        form.put("assessment", "field-visit");
        form.put("assessor", "Heritage department");
        form.put("condition", "poor");
        form.put("extent", "31-60");
        form.put("summary.en", "Shelling damaged the western gate");
        form.put("summary.ar", "تضررت البوابة الغربية بالقصف");
        form.put("causeFactor[0]", "9.4");
        form.put("causeCertainty[0]", "definite");
        form.put("threatFactor[0]", "10.2");
        form.put("threatProbability[0]", "probable");
        form.put("effects", "collapse");
        form.put("priority", "immediate");
        form.put("action.en", "Shore the gate before the rains");
        form.put("sources", "Mission report of the department, " + LocalDate.now().minusDays(9));
        return form;
    }

    private static String idIn(MockHttpServletResponse response) {
        assertThat(response.getStatus()).as(response.getContentAsByteArray().length + " bytes").isEqualTo(302);
        return response.getRedirectedUrl().replaceAll(".*/admin/risk/([0-9a-f-]{36}).*", "$1");
    }

    /** Opens the report's page as {@code visitor} (for its form token) and gives its current version. */
    private String version(Visitor visitor, String id) throws Exception {
        visitor.get("/en/admin/risk/" + id);
        return String.valueOf(risk.version(new RiskReportId(UUID.fromString(id))));
    }

    @Test
    void aFocalPointsReportIsCheckedByAnExpertPublishedByTheSecretariatAndShownWhereverTheItemIs() throws Exception {
        Visitor focal = signedIn(Role.FOCAL_POINT, Set.of(state));
        Visitor expert = signedIn(Role.EVALUATOR, Set.of());
        Visitor secretariat = signedIn(Role.SECRETARIAT, Set.of());
        Visitor reader = new Visitor(mvc, "10.62.0.1");

        focal.get("/en/admin/risk/new?item=" + item);
        String id = idIn(focal.post("/en/admin/risk/new", form(item)));
        // a draft is nobody's business but the desk's
        assertThat(reader.get("/en/heritage-at-risk/reports/" + id).getStatus()).isEqualTo(404);
        assertThat(reader.get("/api/v1/reports?item=" + item).getContentAsString()).doesNotContain(id);

        assertThat(focal.post("/en/admin/risk/" + id + "/step", Map.of("action", "submit", "version", version(focal, id)))
                .getRedirectedUrl()).endsWith("?done=submit");
        // its author may not check it, nor may a focal point
        MockHttpServletResponse own = focal.post("/en/admin/risk/" + id + "/step", Map.of("action", "verify", "version", version(focal, id)));
        assertThat(own.getStatus()).isEqualTo(422);
        assertThat(expert.post("/en/admin/risk/" + id + "/step", Map.of("action", "verify", "version", version(expert, id),
                "comment", "Seen on site")).getRedirectedUrl()).endsWith("?done=verify");
        // an expert does not publish
        assertThat(expert.post("/en/admin/risk/" + id + "/step", Map.of("action", "publish", "version", version(expert, id)))
                .getStatus()).isEqualTo(422);
        assertThat(secretariat.post("/en/admin/risk/" + id + "/step", Map.of("action", "publish", "version", version(secretariat, id)))
                .getRedirectedUrl()).endsWith("?done=publish");

        Document report = Jsoup.parse(reader.get("/en/heritage-at-risk/reports/" + id).getContentAsString());
        assertThat(report.select(".condition-badge").first().text()).isEqualTo("Poor");
        assertThat(report.text()).contains("9.4 War — Definite", "10.2 Flooding — Probable", "Collapse", "Shore the gate before the rains",
                "31–60 %", "Immediate");
        Document arabic = Jsoup.parse(reader.get("/ar/heritage-at-risk/reports/" + id).getContentAsString());
        assertThat(arabic.text()).contains("تضررت البوابة الغربية بالقصف", "9.4 الحرب — مؤكدة");

        // the item's page shows its state of conservation, linked from beside its status
        Document itemPage = Jsoup.parse(reader.get("/en/heritage/" + item).getContentAsString());
        assertThat(itemPage.select("#conservation-heading").text()).isEqualTo("State of conservation");
        assertThat(itemPage.select("a.section-link[href=#conservation-heading]")).hasSize(1);
        assertThat(itemPage.select(".conservation-timeline a[href=/en/heritage-at-risk/reports/" + id + "]")).hasSize(1);

        // the list, its filters, the feed and the API
        assertThat(Jsoup.parse(reader.get("/en/heritage-at-risk").getContentAsString())
                .select(".risk-card a[href=/en/heritage-at-risk/reports/" + id + "]")).hasSize(1);
        assertThat(Jsoup.parse(reader.get("/en/heritage-at-risk?factor=9&state=" + state.toLowerCase()).getContentAsString())
                .select(".risk-card a[href=/en/heritage-at-risk/reports/" + id + "]")).hasSize(1);
        assertThat(Jsoup.parse(reader.get("/en/heritage-at-risk?factor=7").getContentAsString())
                .select(".risk-card a[href=/en/heritage-at-risk/reports/" + id + "]")).isEmpty();
        assertThat(Jsoup.parse(reader.get("/en/heritage-at-risk?condition=good").getContentAsString())
                .select(".risk-card a[href=/en/heritage-at-risk/reports/" + id + "]")).isEmpty();
        String feed = reader.get("/fr/heritage-at-risk/feed.atom?item=" + item).getContentAsString();
        assertThat(feed).contains("urn:uuid:" + id, "xml:lang=\"fr\"", "9.4 Guerre");
        String api = reader.get("/api/v1/reports?item=" + item + "&factor=9.4").getContentAsString();
        assertThat(api).contains("\"id\":\"" + id + "\"", "\"condition\":\"poor\"", "\"factor\":\"9.4\"", "\"certainty\":\"definite\"");

        // taken back by the secretariat, with a comment: it leaves every public page at once
        assertThat(secretariat.post("/en/admin/risk/" + id + "/step", Map.of("action", "return", "version", version(secretariat, id)))
                .getStatus()).as("sending back needs a comment").isEqualTo(422);
        assertThat(secretariat.post("/en/admin/risk/" + id + "/step", Map.of("action", "return", "version", version(secretariat, id),
                "comment", "The date of the imagery is missing")).getRedirectedUrl()).endsWith("?done=return");
        assertThat(reader.get("/en/heritage-at-risk/reports/" + id).getStatus()).isEqualTo(404);
        assertThat(Jsoup.parse(reader.get("/en/heritage/" + item).getContentAsString())
                .select(".conservation-timeline a[href=/en/heritage-at-risk/reports/" + id + "]")).isEmpty();
        Document back = Jsoup.parse(focal.get("/en/admin/risk/" + id).getContentAsString());
        assertThat(back.text()).contains("The date of the imagery is missing", "Sent back by");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'RISK_REPORT' and target = ? and detail = 'returned'", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aFocalPointMayNotReportOnAnotherStatesItemAndNothingIsKept() throws Exception {
        Visitor focal = signedIn(Role.FOCAL_POINT, Set.of(state));
        focal.get("/fr/admin/risk/new");
        Integer before = jdbc.queryForObject("select count(*) from risk_report", Integer.class);
        MockHttpServletResponse refused = focal.post("/fr/admin/risk/new", form(otherItem));
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".alert-danger").text()).contains("États que vous représentez");
        assertThat(page.select("#f-item").val()).isEqualTo(otherItem);
        assertThat(jdbc.queryForObject("select count(*) from risk_report", Integer.class)).isEqualTo(before);
        // nor read a report on another state's item
        RiskReport elsewhere = risk.published(RiskFixture.content(otherItem, "fair", List.of(new ReportContent.Cause("7.6", "high")), false));
        assertThat(focal.get("/en/admin/risk/" + elsewhere.id()).getStatus()).isEqualTo(403);
    }

    @Test
    void aRefusedFormSaysWhatToFixInTheReadersLanguageAndKeepsEverythingTyped() throws Exception {
        Visitor secretariat = signedIn(Role.SECRETARIAT, Set.of());
        secretariat.get("/ar/admin/risk/new");
        Map<String, String> form = form(item);
        form.put("assessedOn", LocalDate.now().plusDays(3).toString());
        form.put("imageryOn", "not a date");
        form.put("causeFactor[1]", "10.2");
        form.put("condition", "catastrophic");
        form.put("assessor", "<script>alert(1)</script> Assessor");
        form.put("latitude", "36.2021");
        form.put("longitude", "east of the wall");
        MockHttpServletResponse refused = secretariat.post("/ar/admin/risk/new", form);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#e-assessedOn").text()).contains("المستقبل");
        assertThat(page.select("#e-imageryOn").text()).isNotEmpty();
        assertThat(page.select("#e-causes").text()).contains("عامل ودرجته");
        assertThat(page.select("#e-condition").text()).isNotEmpty();
        // a screen reader hears each refused field's message with the field, and what was typed is still there
        assertThat(page.select("#f-assessedOn").attr("aria-describedby")).isEqualTo("e-assessedOn");
        assertThat(page.select("#f-assessedOn").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#f-assessor").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("#f-assessedOn").val()).isEqualTo(LocalDate.now().plusDays(3).toString());
        assertThat(page.select("#f-condition").attr("aria-describedby")).isEqualTo("e-condition");
        assertThat(page.select("#f-item").attr("aria-describedby")).isEqualTo("h-item");
        assertThat(page.select("#f-assessor").hasAttr("aria-describedby")).isFalse();
        assertThat(page.select("#f-assessor").val()).isEqualTo("<script>alert(1)</script> Assessor");
        assertThat(refused.getContentAsString()).doesNotContain("<script>alert(1)</script>");
        assertThat(page.select("#summary-ar").text()).isEqualTo("تضررت البوابة الغربية بالقصف");
        assertThat(page.select("#cause-factor-0 option[selected]").val()).isEqualTo("9.4");
        assertThat(page.select("#cause-factor-1 option[selected]").val()).isEqualTo("10.2");
        assertThat(page.select("#effect-collapse").hasAttr("checked")).isTrue();
        assertThat(page.select("#e-position").text()).startsWith("اكتب خط العرض");
        assertThat(page.select("#r-latitude").val()).isEqualTo("36.2021");
        assertThat(page.select("#r-longitude").val()).isEqualTo("east of the wall");
    }

    @Test
    void aSecondClickMakesNoSecondReportAndAStaleSaveIsRefusedWithTheTypingKept() throws Exception {
        Visitor secretariat = signedIn(Role.SECRETARIAT, Set.of());
        Document blank = Jsoup.parse(secretariat.get("/en/admin/risk/new").getContentAsString());
        Map<String, String> form = form(item);
        form.put("submission", blank.select("input[name=submission]").val());
        String first = idIn(secretariat.post("/en/admin/risk/new", form));
        String second = idIn(secretariat.post("/en/admin/risk/new", form));
        assertThat(second).isEqualTo(first);

        Document edit = Jsoup.parse(secretariat.get("/en/admin/risk/" + first).getContentAsString());
        Map<String, String> change = form(item);
        change.put("version", edit.select("form:not([action$='/step']) input[name=version]").val());
        change.put("assessor", "First editor");
        MockHttpServletResponse saved = secretariat.post("/en/admin/risk/" + first, change);
        assertThat(saved.getRedirectedUrl()).as(saved.getStatus() + " " + Jsoup.parse(saved.getContentAsString()).select(".alert, .invalid-feedback").text()).endsWith("?saved");
        change.put("assessor", "Second editor, from an old page");
        MockHttpServletResponse stale = secretariat.post("/en/admin/risk/" + first, change);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.getContentAsString()).select("#f-assessor").val()).isEqualTo("Second editor, from an old page");
        assertThat(jdbc.queryForObject("select assessor from risk_report where id = ?::uuid", String.class, first)).isEqualTo("First editor");
    }

    @Test
    void aSensitivePlaceIsShownToThePublicOnlyRoughly() throws Exception {
        double[] exact = items.coordinates(item).orElseThrow();
        RiskReport report = risk.published(RiskFixture.content(item, "very-bad", List.of(new ReportContent.Cause("9.1", "high")), true));
        Visitor reader = new Visitor(mvc, "10.62.0.2");
        String api = reader.get("/api/v1/reports/" + report.id()).getContentAsString();
        assertThat(api).contains("\"coarsened\":true").doesNotContain(String.valueOf(exact[0]));
        Document page = Jsoup.parse(reader.get("/en/heritage-at-risk/reports/" + report.id()).getContentAsString());
        String markers = page.select("#heritage-map").attr("data-markers");
        assertThat(markers).doesNotContain(String.valueOf(exact[0])).doesNotContain(String.valueOf(exact[1]));
        assertThat(Jsoup.parse(reader.get("/en/heritage-at-risk?item=" + item).getContentAsString()).select("#heritage-map")
                .attr("data-markers")).doesNotContain(String.valueOf(exact[0]));

        // where the assessment was made: exact for the desk, rounded for the public
        ReportContent placed = RiskFixture.content(item, "poor", List.of(new ReportContent.Cause("9.1", "high")), true);
        RiskReport withPosition = risk.published(new ReportContent(placed.itemReference(), null, placed.assessedOn(), null,
                placed.assessment(), placed.assessor(), placed.condition(), placed.extent(), placed.summary(), placed.action(), null,
                placed.causes(), placed.effects(), placed.threats(), placed.sources(), true, 36.123456, 37.654321));
        Document placedPage = Jsoup.parse(reader.get("/en/heritage-at-risk/reports/" + withPosition.id()).getContentAsString());
        assertThat(placedPage.text()).contains("Where it was assessed", "36.1000, 37.7000", "rounded: sensitive place")
                .doesNotContain("36.1234").doesNotContain("37.6543");
        assertThat(jdbc.queryForObject("select latitude from risk_report where id = ?", Double.class, withPosition.id().value()))
                .isEqualTo(36.123456);
    }

    @Test
    void filtersThatAreNotFiltersAreRefusedNotIgnored() throws Exception {
        Visitor reader = new Visitor(mvc, "10.62.0.3");
        for (String query : List.of("state=Morocco", "condition=catastrophic", "factor=99", "from=yesterday", "item=<x>", "cursor=abc")) {
            assertThat(reader.get("/en/heritage-at-risk?" + query).getStatus()).as(query).isEqualTo(400);
            assertThat(reader.get("/api/v1/reports?" + query).getStatus()).as(query).isEqualTo(400);
        }
    }
}
