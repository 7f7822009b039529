package org.turath.registry;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office of the List as its users meet it: drafts stay private until published, focal
 * points stay within their states, stale edits are refused without losing anything, every change
 * is kept and can be undone, and hostile text never comes back as markup.
 */
@IntegrationTest
class BackOfficeTests {

    private static final Pattern CREATED = Pattern.compile("/admin/heritage/(IWH-\\d+)\\?saved$");

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    JdbcTemplate jdbc;

    final List<String> created = new ArrayList<>();

    final RequestPostProcessor secretariat = person("secretariat@example.org", "SECRETARIAT");
    final RequestPostProcessor editor = person("editor@example.org", "EDITOR");
    final RequestPostProcessor focalMorocco = person("focal.ma@example.org", "FOCAL_POINT", "MA");
    final RequestPostProcessor focalTunisia = person("focal.tn@example.org", "FOCAL_POINT", "TN");

    @BeforeEach
    void demoData() {
        registry.demoData();
    }

    @AfterEach
    void removeWhatTheTestsMade() {
        // other test classes count the demo data: leave it as it was
        registry.remove(created);
    }

    @Test
    void aDraftStaysOffThePublicListSearchAndApiUntilTheSecretariatPublishesIt() throws Exception {
        String reference = create(secretariat, form("قصبة تجريبية", "Test kasbah of Aït Draft", "Kasbah d’essai", "MA"));

        assertThat(status(get("/en/heritage/" + reference, null))).isEqualTo(404);
        assertThat(status(get("/api/v1/heritage/" + reference, null))).isEqualTo(404);
        assertThat(get("/en/search?q=Draft+kasbah", null).getContentAsString()).doesNotContain(reference);
        assertThat(get("/en/admin/heritage?publication=draft", secretariat).getContentAsString()).contains(reference);

        move(reference, "IN_REVIEW", secretariat);
        assertThat(status(get("/en/heritage/" + reference, null))).isEqualTo(404);
        move(reference, "PUBLISHED", secretariat);

        MockHttpServletResponse page = get("/ar/heritage/" + reference, null);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("قصبة تجريبية");
        assertThat(status(get("/api/v1/heritage/" + reference, null))).isEqualTo(200);
        assertThat(get("/en/search?q=Draft+kasbah", null).getContentAsString()).contains(reference);

        move(reference, "ARCHIVED", secretariat);
        assertThat(status(get("/en/heritage/" + reference, null))).isEqualTo(404);
        assertThat(get("/en/search?q=Draft+kasbah", null).getContentAsString()).doesNotContain(reference);
    }

    @Test
    void editorsFindItemsByNameAndSeeWhichTranslationsAreMissing() throws Exception {
        // by a name in any language, whatever its case, or by the reference
        Document found = Jsoup.parse(get("/en/admin/heritage?q=kairouan", editor).getContentAsString());
        assertThat(found.select("tbody tr")).hasSize(1);
        assertThat(found.select("tbody tr td").first().text()).isEqualTo(registry.referenceOf(499));
        assertThat(found.select("tbody tr td").get(2).text()).as("its states").isEqualTo("TN");
        // a transnational item's states, in the order the List gives them, and what its description lacks
        String transnational = jdbc.queryForObject("select i.reference from heritage_item i where (select count(*) from heritage_item_state s"
                + " where s.item_id = i.id) > 2 order by i.reference limit 1", String.class);
        String states = String.join(", ", jdbc.queryForList("select s.iso2 from heritage_item_state s join heritage_item i on i.id = s.item_id"
                + " where i.reference = ? order by s.position", String.class, transnational));
        Document row = Jsoup.parse(get("/en/admin/heritage?q=" + transnational, editor).getContentAsString());
        assertThat(row.select("tbody tr td").get(2).text()).isEqualTo(states);
        boolean describedInFrench = jdbc.queryForObject("select description_fr is not null from heritage_item where reference = ?",
                Boolean.class, transnational);
        assertThat(row.select("tbody tr td").last().text().contains("description in French")).isNotEqualTo(describedInFrench);
        assertThat(Jsoup.parse(get("/en/admin/heritage?q=القيروان", editor).getContentAsString()).select("tbody tr")).hasSize(1);
        assertThat(Jsoup.parse(get("/en/admin/heritage?q=%", editor).getContentAsString()).select("tbody tr"))
                .as("a % typed is a character, not a wildcard").isEmpty();

        // the items whose name or description lacks Arabic, each saying what it lacks
        int withoutArabic = jdbc.queryForObject("select count(*) from heritage_item where name_ar is null or description_ar is null",
                Integer.class);
        Document missing = Jsoup.parse(get("/ar/admin/heritage?missing=ar", editor).getContentAsString());
        assertThat(missing.select("tbody tr")).hasSize(Math.min(withoutArabic, 50));
        assertThat(missing.select("tbody tr td:last-child").eachText())
                .allSatisfy(gaps -> assertThat(gaps).containsAnyOf("الاسم باللغة العربية", "الوصف باللغة العربية"));
        assertThat(status(get("/en/admin/heritage?missing=de", editor))).isEqualTo(400);
    }

    @Test
    void aFocalPointNeverReadsOrChangesAnotherStatesUnpublishedItem() throws Exception {
        String tunisian = create(focalTunisia, form(null, "Draft medina of Tunisia", null, "TN"));
        String moroccan = create(focalMorocco, form(null, "Draft ksar of Morocco", null, "MA"));

        // not in the list, not readable, not changeable, not in its history: to them it does not exist
        assertThat(get("/en/admin/heritage", focalMorocco).getContentAsString()).contains(moroccan).doesNotContain(tunisian);
        assertThat(status(get("/en/admin/heritage/" + tunisian, focalMorocco))).isEqualTo(404);
        assertThat(status(get("/en/admin/heritage/" + tunisian + "/history", focalMorocco))).isEqualTo(404);
        Map<String, String> takeOver = form(null, "Taken over", null, "MA");
        takeOver.put("version", "0");
        assertThat(status(post("/en/admin/heritage/" + tunisian, focalMorocco, takeOver))).isEqualTo(404);
        assertThat(status(post("/en/admin/heritage/" + tunisian + "/publication", focalMorocco,
                Map.of("target", "IN_REVIEW", "version", "0")))).isEqualTo(404);
        // nor through the open data API
        assertThat(status(get("/api/v1/heritage/" + tunisian, focalMorocco))).isEqualTo(404);
        assertThat(jdbc.queryForObject("select name_en from heritage_item where reference = ?", String.class, tunisian))
                .isEqualTo("Draft medina of Tunisia");

        // nor hand their own item to a state they do not act for
        Map<String, String> moved = form(null, "Draft ksar of Morocco", null, "TN");
        moved.put("version", version(moroccan));
        MockHttpServletResponse refused = post("/en/admin/heritage/" + moroccan, focalMorocco, moved);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("You can only choose the member states you act for.");

        // they send their draft for review, and then it is the secretariat's
        move(moroccan, "IN_REVIEW", focalMorocco);
        Map<String, String> late = form(null, "Changed in review", null, "MA");
        late.put("version", version(moroccan));
        assertThat(status(post("/en/admin/heritage/" + moroccan, focalMorocco, late))).isEqualTo(403);
        assertThat(status(post("/en/admin/heritage/" + moroccan + "/publication", focalMorocco,
                Map.of("target", "PUBLISHED", "version", version(moroccan))))).isEqualTo(403);
        move(moroccan, "PUBLISHED", secretariat);
    }

    @Test
    void aStaleSaveIsRefusedShowingWhatChangedAndLosesNothingTyped() throws Exception {
        String reference = create(editor, form(null, "Caravanserai of the test", null, "JO"));
        String opened = version(reference);

        Map<String, String> first = form(null, "Caravanserai of the test, renamed", null, "JO");
        first.put("version", opened);
        assertThat(status(post("/en/admin/heritage/" + reference, secretariat, first))).isEqualTo(302);

        Map<String, String> second = form(null, "Caravanserai of the test", null, "JO");
        second.put("version", opened);
        second.put("descriptionEn", "A description the second editor typed with care.");
        MockHttpServletResponse conflict = post("/en/admin/heritage/" + reference, editor, second);
        assertThat(conflict.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.getContentAsString());
        assertThat(page.select("#conflict-heading").text()).isEqualTo("Someone saved this item after you opened it");
        assertThat(page.select("section[role=alert] table").text())
                .contains("Name in English", "Caravanserai of the test", "Caravanserai of the test, renamed");
        assertThat(page.select("section[role=alert]").text()).contains("secretariat@example.org");
        assertThat(page.select("#f-descriptionEn").text()).isEqualTo("A description the second editor typed with care.");
        assertThat(jdbc.queryForObject("select name_en from heritage_item where reference = ?", String.class, reference))
                .isEqualTo("Caravanserai of the test, renamed");

        // saving again from the conflict page is a deliberate choice, made over the current version
        second.put("version", page.select("input[name=version]").last().val());
        assertThat(status(post("/en/admin/heritage/" + reference, editor, second))).isEqualTo(302);
        assertThat(jdbc.queryForObject("select description_en from heritage_item where reference = ?", String.class, reference))
                .isEqualTo("A description the second editor typed with care.");
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldAndARevertIsANewRevision() throws Exception {
        String reference = create(editor, form("مسجد الاختبار", "Mosque of the test", null, "EG"));
        Map<String, String> rename = form("مسجد الاختبار الكبير", "Great mosque of the test", null, "EG");
        rename.put("version", version(reference));
        rename.put("latitude", "30.0459");
        rename.put("longitude", "31.2625");
        assertThat(status(post("/en/admin/heritage/" + reference, secretariat, rename))).isEqualTo(302);

        Document history = Jsoup.parse(get("/fr/admin/heritage/" + reference + "/history", editor).getContentAsString());
        List<String> revisions = history.select("article.revision h2").eachText();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0)).startsWith("Modifié").contains("secretariat@example.org");
        assertThat(revisions.get(1)).startsWith("Créé").contains("editor@example.org");
        assertThat(history.select("article.revision").first().select("tbody tr").eachText())
                .contains("Nom en arabe مسجد الاختبار مسجد الاختبار الكبير",
                        "Nom en anglais Mosque of the test Great mosque of the test",
                        "Latitude — 30.0459");

        String firstRevision = history.select("article.revision").last().select("input[name=revision]").val();
        assertThat(status(post("/en/admin/heritage/" + reference + "/revert", editor, Map.of("revision", firstRevision))))
                .isEqualTo(302);
        assertThat(jdbc.queryForMap("select name_en, latitude from heritage_item where reference = ?", reference))
                .containsEntry("name_en", "Mosque of the test").containsEntry("latitude", null);
        Document after = Jsoup.parse(get("/en/admin/heritage/" + reference + "/history", editor).getContentAsString());
        assertThat(after.select("article.revision")).hasSize(3);
        assertThat(after.select("article.revision h2").first().text()).contains("editor@example.org");
    }

    @Test
    void scriptAndMarkupInEveryLanguageComeBackEscapedOrSanitised() throws Exception {
        Map<String, String> hostile = form("<script>alert('ar')</script> قصر\u0000\u202E", "<img src=x onerror=alert(1)>Palace",
                "Palais <b>fort</b>", "MA");
        hostile.put("descriptionEn", "<p onclick=\"steal()\">Kept paragraph</p><script>steal()</script><a href=\"javascript:x()\">link</a>");
        hostile.put("descriptionAr", "<p dir=\"rtl\">فقرة</p><iframe src=\"https://evil.example\"></iframe>");
        String reference = create(secretariat, hostile);

        Map<String, Object> stored = jdbc.queryForMap(
                "select name_ar, name_en, description_en, description_ar from heritage_item where reference = ?", reference);
        assertThat((String) stored.get("name_ar")).isEqualTo("<script>alert('ar')</script> قصر");
        assertThat((String) stored.get("description_en")).contains("<p>Kept paragraph</p>").doesNotContain("script", "onclick", "javascript");
        assertThat((String) stored.get("description_ar")).isEqualTo("<p dir=\"rtl\">فقرة</p>");

        move(reference, "IN_REVIEW", secretariat);
        move(reference, "PUBLISHED", secretariat);
        for (String path : List.of("/ar/heritage/" + reference, "/en/admin/heritage/" + reference, "/en/heritage?state=MA")) {
            String html = get(path, secretariat).getContentAsString();
            assertThat(html).as(path).doesNotContain("<script>alert", "<img src=x", "onerror=alert(1)>", "<iframe");
        }
        assertThat(get("/ar/heritage/" + reference, null).getContentAsString()).contains("&lt;script&gt;alert(");
    }

    @Test
    void markupInTheOtherEditableFieldsIsEscapedToo() throws Exception {
        Map<String, String> fields = form("مسجد", "Mosque", null, "MA");
        fields.put("justificationFr", "<p>Valeur</p><svg onload=alert(1)></svg><style>body{display:none}</style>");
        String reference = create(secretariat, fields);
        assertThat(status(post("/en/admin/heritage/" + reference + "/status", secretariat, Map.of("status", "NOMINATED",
                "effectiveDate", "2026-07-15", "reasonAr", "<b>سبب</b><script>x()</script>", "reasonEn", "\"><img src=x onerror=y>",
                "decisionRef", "<i>IWHC/2026</i>")))).isEqualTo(302);
        move(reference, "IN_REVIEW", secretariat);
        move(reference, "PUBLISHED", secretariat);
        assertThat(jdbc.queryForObject("select justification_fr from heritage_item where reference = ?", String.class, reference))
                .isEqualTo("<p>Valeur</p>");
        for (String lang : List.of("ar", "en", "fr")) {
            String html = get("/" + lang + "/heritage/" + reference, null).getContentAsString();
            assertThat(html).as(lang).doesNotContain("<script>x()", "<img src=x", "<svg onload", "<style>body", "<b>سبب", "<i>IWHC");
        }
        assertThat(get("/ar/heritage/" + reference, null).getContentAsString()).contains("&lt;b&gt;سبب&lt;/b&gt;");
    }

    @Test
    void aRepeatVisitGetsA304WithoutRenderingUntilThePageChanges() throws Exception {
        String reference = create(secretariat, form("قلعة", "Revisited citadel", null, "MA"));
        move(reference, "IN_REVIEW", secretariat);
        move(reference, "PUBLISHED", secretariat);
        MockHttpServletResponse first = get("/en/heritage/" + reference, null);
        String tag = first.getHeader("ETag");
        assertThat(tag).isNotBlank();
        assertThat(get("/ar/heritage/" + reference, null).getHeader("ETag")).as("each language its own").isNotEqualTo(tag);

        MockHttpServletResponse repeat = mvc.perform(MockMvcRequestBuilders.get("/en/heritage/" + reference)
                .header("If-None-Match", tag)).andReturn().getResponse();
        assertThat(repeat.getStatus()).isEqualTo(304);
        assertThat(repeat.getContentAsString()).isEmpty();

        assertThat(status(post("/en/admin/heritage/" + reference + "/status", secretariat,
                Map.of("status", "INSCRIBED", "effectiveDate", "2026-11-20", "reasonEn", "Inscribed by the Committee")))).isEqualTo(302);
        MockHttpServletResponse changed = mvc.perform(MockMvcRequestBuilders.get("/en/heritage/" + reference)
                .header("If-None-Match", tag)).andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString()).contains("Inscribed by the Committee");
        assertThat(changed.getHeader("ETag")).isNotEqualTo(tag);
    }

    @Test
    void aTamperedVersionOrReferenceInAFormChangesNothing() throws Exception {
        String reference = create(secretariat, form(null, "Guarded fort", null, "MA"));
        Map<String, String> future = form(null, "Overwritten by a forged version", null, "MA");
        future.put("version", "999");
        assertThat(status(post("/en/admin/heritage/" + reference, secretariat, future))).isEqualTo(409);
        Map<String, String> junk = form(null, "Overwritten by junk", null, "MA");
        junk.put("version", "not-a-number");
        assertThat(status(post("/en/admin/heritage/" + reference, secretariat, junk))).isEqualTo(400);
        assertThat(status(post("/en/admin/heritage/" + reference + "/publication", secretariat,
                Map.of("target", "PUBLISHED", "version", version(reference))))).as("a draft skips review").isEqualTo(409);
        assertThat(status(post("/en/admin/heritage/IWH-99999", secretariat, future))).isEqualTo(404);
        assertThat(status(post("/en/admin/heritage/IWH-0000%27%20or%201=1--", secretariat, future))).isBetween(400, 404);
        assertThat(status(post("/en/admin/heritage/" + reference + "/revert", secretariat, Map.of("revision", "1; drop table revinfo"))))
                .isEqualTo(400);
        assertThat(jdbc.queryForMap("select name_en, publication from heritage_item where reference = ?", reference))
                .containsEntry("name_en", "Guarded fort").containsEntry("publication", "DRAFT");
    }

    @Test
    void badValuesGetTranslatedMessagesBesideTheirFieldsAndTheFormKeepsThem() throws Exception {
        Map<String, String> bad = form(null, "x".repeat(501), null, "MA");
        bad.put("latitude", "91");
        bad.put("longitude", "east");
        bad.put("inscriptionYear", "1492");
        bad.put("components[0].nameEn", "First gate");
        bad.put("components[0].latitude", "12.5");
        MockHttpServletResponse response = post("/ar/admin/heritage/new", secretariat, bad);
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#e-nameEn").text()).isEqualTo("الحد الأقصى 500 حرفاً أو عنصراً.");
        assertThat(page.select("#e-latitude").text()).isEqualTo("يجب أن تكون القيمة بين -90 و90.");
        assertThat(page.select("#e-longitude").text()).isEqualTo("هذه القيمة غير صالحة هنا.");
        assertThat(page.select("#e-inscriptionYear").text()).isEqualTo("يجب أن تكون القيمة بين 1900 و2100.");
        assertThat(page.select("#f-longitude").val()).isEqualTo("east");
        assertThat(page.select("#f-nameEn").val()).hasSize(501);
        assertThat(page.select("#f-components-0-nameEn").val()).isEqualTo("First gate");
        assertThat(page.select("#error-summary a").eachAttr("href")).contains("#f-nameEn", "#f-latitude",
                "#f-components-0-latitude");
        assertThat(page.select("#f-latitude").attr("aria-invalid")).isEqualTo("true");
        assertThat(jdbc.queryForObject("select count(*) from heritage_item where name_en = 'First gate' or name_en like 'xxxx%'",
                Integer.class)).isZero();
    }

    @Test
    void aDoubleSubmitOfTheNewItemFormMakesOneDraft() throws Exception {
        Map<String, String> fields = form(null, "Once only fortress", null, "OM");
        fields.put("submission", "4a3c1d2e-0000-4000-8000-000000000001");
        // the second click arrives before or after the first is done: either way one draft
        MockHttpServletResponse one = post("/en/admin/heritage/new", secretariat, fields);
        MockHttpServletResponse two = post("/en/admin/heritage/new", secretariat, fields);
        String reference = referenceIn(one);
        created.add(reference);
        assertThat(two.getRedirectedUrl()).endsWith("/admin/heritage/" + reference);
        assertThat(jdbc.queryForObject("select count(*) from heritage_item where name_en = 'Once only fortress'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void statusChangesAndStageChangesAreRecordedInTheAuditLog() throws Exception {
        String reference = create(secretariat, form(null, "Audited oasis", null, "DZ"));
        assertThat(status(post("/en/admin/heritage/" + reference + "/status", secretariat,
                Map.of("status", "NOMINATED", "effectiveDate", "2026-07-15", "reasonEn", "Nomination file received")))).isEqualTo(302);
        assertThat(status(post("/en/admin/heritage/" + reference + "/status", editor,
                Map.of("status", "INSCRIBED", "effectiveDate", "2026-11-20")))).isEqualTo(403);
        move(reference, "IN_REVIEW", secretariat);

        RequestPostProcessor admin = person("admin@example.org", "ADMIN");
        Document log = Jsoup.parse(get("/en/admin/audit?type=status_changed", admin).getContentAsString());
        assertThat(log.select("tbody tr").eachText()).anySatisfy(row ->
                assertThat(row).contains("Status changed", "secretariat@example.org", reference, "PRELIMINARY → NOMINATED"));
        // each entry reads as a sentence in the reader's language
        assertThat(log.select("tbody tr td:nth-child(3)").eachText()).anySatisfy(sentence -> assertThat(sentence)
                .startsWith("secretariat@example.org changed the status of " + reference + ": PRELIMINARY → NOMINATED"));
        assertThat(Jsoup.parse(get("/ar/admin/audit?type=status_changed", admin).getContentAsString()).select("tbody tr td:nth-child(3)")
                .eachText()).anySatisfy(sentence -> assertThat(sentence)
                        .startsWith("غيّر secretariat@example.org حالة " + reference + ": PRELIMINARY → NOMINATED"));
        String csv = get("/en/admin/audit.csv?actor=secretariat@example.org", admin).getContentAsString();
        assertThat(csv).startsWith("\"id\",\"occurred_at\",\"type\",\"actor\",\"target\",\"detail\",\"remote_address\"")
                .contains("ITEM_CREATED", "PUBLICATION_CHANGED", reference);
        assertThat(Jsoup.parse(get("/en/admin/audit?type=export", admin).getContentAsString()).select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Export", "admin@example.org"));
        assertThat(status(get("/en/admin/audit", secretariat))).isEqualTo(403);
    }

    // --- helpers

    private String create(RequestPostProcessor who, Map<String, String> fields) throws Exception {
        MockHttpServletResponse response = post("/en/admin/heritage/new", who, fields);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        String reference = referenceIn(response);
        created.add(reference);
        return reference;
    }

    private static String referenceIn(MockHttpServletResponse response) {
        Matcher matcher = CREATED.matcher(String.valueOf(response.getRedirectedUrl()));
        assertThat(matcher.find()).as(response.getRedirectedUrl()).isTrue();
        return matcher.group(1);
    }

    private void move(String reference, String target, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = post("/en/admin/heritage/" + reference + "/publication", who,
                Map.of("target", target, "version", version(reference)));
        assertThat(response.getStatus()).as("%s → %s", reference, target).isEqualTo(302);
    }

    private String version(String reference) {
        return String.valueOf(jdbc.queryForObject("select version from heritage_item where reference = ?", Long.class, reference));
    }

    private static Map<String, String> form(String nameAr, String nameEn, String nameFr, String state) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "TANGIBLE_CULTURAL");
        if (nameAr != null) {
            fields.put("nameAr", nameAr);
        }
        if (nameEn != null) {
            fields.put("nameEn", nameEn);
        }
        if (nameFr != null) {
            fields.put("nameFr", nameFr);
        }
        fields.put("states", state);
        fields.put("criteria", "UNESCO:iv");
        return fields;
    }

    private MockHttpServletResponse get(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse post(String path, RequestPostProcessor who, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(who)
                .with(SecurityMockMvcRequestPostProcessors.csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private static int status(MockHttpServletResponse response) {
        return response.getStatus();
    }

    private static RequestPostProcessor person(String email, String role, String... states) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        for (String state : states) {
            authorities.add(new SimpleGrantedAuthority("STATE_" + state));
        }
        return SecurityMockMvcRequestPostProcessors.user(email).authorities(authorities);
    }
}
