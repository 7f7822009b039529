package org.turath.risk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Al-Quds observatory's timeline as its people keep it: no entry without a dated source, none public before someone
 * other than its author checked it and the secretariat published it, its date as precise as its sources, and one
 * taken back leaves the public page.
 */
@IntegrationTest
class QudsTests {

    private static final String PASSWORD = "the old city, documented with care";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Visitor signedIn(Role role) throws Exception {
        String email = "quds." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Quds " + role, PASSWORD, Language.EN, "Centre", Set.of(role), Set.of());
        Visitor visitor = new Visitor(mvc, "10.74." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private String version(String id) {
        return jdbc.queryForObject("select row_version from quds_event where id = ?::uuid", String.class, id);
    }

    @Test
    void anEntryNeedsADatedSourceAndIsPublicOnlyOnceCheckedBySomeoneElseAndPublished() throws Exception {
        Visitor expert = signedIn(Role.EVALUATOR);
        Visitor otherExpert = signedIn(Role.EVALUATOR);
        Visitor secretariat = signedIn(Role.SECRETARIAT);
        Visitor reader = new Visitor(mvc, "10.75.0.1");
        String title = "Excavations under the Mughrabi ascent " + UUID.randomUUID().toString().substring(0, 6);

        Document form = Jsoup.parse(expert.get("/en/admin/al-quds/new").getContentAsString());
        Map<String, String> fields = new HashMap<>();
        fields.put("submission", form.select("input[name=submission]").val());
        fields.put("occurredOn", "2024-05");
        fields.put("kind", "EXCAVATION");
        fields.put("landmark", "mughrabi-gate");
        fields.put("title.en", title);
        fields.put("title.ar", "حفريات تحت طريق باب المغاربة");
        fields.put("description.en", "Works recorded near the gate.");
        fields.put("citation[0]", "Field note of the unit");
        MockHttpServletResponse refused = expert.post("/en/admin/al-quds/new", fields);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#e-sources").text()).isEqualTo("Each source needs its citation and its date.");
        assertThat(page.select("input[name='title.en']").val()).isEqualTo(title);
        assertThat(page.select("input[name='citation[0]']").val()).isEqualTo("Field note of the unit");

        fields.put("sourceDate[0]", LocalDate.now().minusDays(3).toString());
        fields.put("link[0]", "javascript:alert(1)");
        assertThat(Jsoup.parse(expert.post("/en/admin/al-quds/new", fields).getContentAsString()).select("#e-sources").text())
                .startsWith("A source’s link is a full https address");
        fields.put("link[0]", "https://example.org/note");
        MockHttpServletResponse saved = expert.post("/en/admin/al-quds/new", fields);
        assertThat(saved.getStatus()).isEqualTo(302);
        String id = saved.getRedirectedUrl().replaceAll(".*/admin/al-quds/([0-9a-f-]{36}).*", "$1");
        assertThat(reader.get("/en/al-quds").getContentAsString()).doesNotContain(title);

        expert.get("/en/admin/al-quds/" + id);
        assertThat(expert.post("/en/admin/al-quds/" + id + "/step", Map.of("action", "submit", "version", version(id))).getRedirectedUrl())
                .endsWith("?done=submit");
        // its author does not check it
        expert.get("/en/admin/al-quds/" + id);
        MockHttpServletResponse own = expert.post("/en/admin/al-quds/" + id + "/step", Map.of("action", "verify", "version", version(id)));
        assertThat(own.getStatus()).isEqualTo(422);
        otherExpert.get("/en/admin/al-quds/" + id);
        assertThat(otherExpert.post("/en/admin/al-quds/" + id + "/step", Map.of("action", "verify", "version", version(id),
                "comment", "Matches the unit's photographs")).getRedirectedUrl()).endsWith("?done=verify");
        // an expert does not publish
        otherExpert.get("/en/admin/al-quds/" + id);
        assertThat(otherExpert.post("/en/admin/al-quds/" + id + "/step", Map.of("action", "publish", "version", version(id))).getStatus())
                .isEqualTo(422);
        assertThat(reader.get("/en/al-quds").getContentAsString()).doesNotContain(title);
        secretariat.get("/en/admin/al-quds/" + id);
        assertThat(secretariat.post("/en/admin/al-quds/" + id + "/step", Map.of("action", "publish", "version", version(id)))
                .getRedirectedUrl()).endsWith("?done=publish");

        Document shown = Jsoup.parse(reader.get("/fr/al-quds").getContentAsString());
        String entry = shown.select("#entry-" + id).text();
        assertThat(entry).contains(title, "mai 2024", "Porte des Maghrébins", "Fouilles", "Field note of the unit");
        assertThat(shown.select("#entry-" + id + " a[href='https://example.org/note']")).hasSize(1);

        // taken back by the secretariat, with why: it leaves the public page
        secretariat.get("/en/admin/al-quds/" + id);
        assertThat(secretariat.post("/en/admin/al-quds/" + id + "/step", Map.of("action", "return", "version", version(id)))
                .getStatus()).isEqualTo(422);
        assertThat(secretariat.post("/en/admin/al-quds/" + id + "/step", Map.of("action", "return", "version", version(id),
                "comment", "The date needs a second source")).getRedirectedUrl()).endsWith("?done=return");
        assertThat(reader.get("/fr/al-quds").getContentAsString()).doesNotContain(title);
        assertThat(jdbc.queryForList("select step from quds_event_step where event_id = ?::uuid order by taken_at", String.class, id))
                .containsExactly("created", "submitted", "verified", "published", "returned");
    }

    @Autowired
    org.turath.support.RegistryFixture registry;

    @Autowired
    org.turath.registry.RegistryApi items;

    @Autowired
    org.turath.library.internal.NewsDesk news;

    @Test
    void newsAboutTheOldCityShowOnTheObservatoryAndOnTheItemsPage() throws Exception {
        registry.demoData();
        String oldCity = items.findByUnescoId(148).orElseThrow().reference();
        String title = "Restoration workshop in the Old City " + UUID.randomUUID().toString().substring(0, 6);
        var editor = new org.turath.accounts.Actor("quds.editor@example.org", Set.of(Role.EDITOR), Set.of());
        // both pages just read by a visitor, so kept: the news must show on them at once, not after the kept pages' check
        Visitor before = new Visitor(mvc, "10.75.0.2");
        assertThat(before.get("/en/al-quds").getContentAsString()).doesNotContain(title);
        assertThat(before.get("/en/heritage/" + oldCity).getContentAsString()).doesNotContain(title);
        news.create(editor, new org.turath.library.domain.NewsArticle.Draft(new org.turath.shared.LocalizedText(null, title, null),
                new org.turath.shared.LocalizedText(null, "Lead", null), new org.turath.shared.RichText(null, "<p>Body</p>", null),
                org.turath.shared.LocalizedText.empty(), java.util.List.of(), java.util.List.of(oldCity),
                java.time.Instant.now().minusSeconds(60), true), null);
        Visitor reader = new Visitor(mvc, "10.75.0.3");
        assertThat(Jsoup.parse(reader.get("/en/al-quds").getContentAsString()).select("#library-section-heading + * a").eachText())
                .contains(title);
        assertThat(Jsoup.parse(reader.get("/en/heritage/" + oldCity).getContentAsString()).select(".library-section").text()).contains(title);
    }

    @Test
    void theObservatorysBackOfficeIsTheSecretariatsAndTheExperts() throws Exception {
        assertThat(signedIn(Role.FOCAL_POINT).get("/en/admin/al-quds").getStatus()).isEqualTo(403);
        assertThat(signedIn(Role.EDITOR).get("/en/admin/al-quds/new").getStatus()).isEqualTo(403);
        assertThat(new Visitor(mvc, "10.75.0.2").get("/en/admin/al-quds").getStatus()).isEqualTo(302);
        assertThat(new Visitor(mvc, "10.75.0.2").get("/ar/al-quds").getStatus()).isEqualTo(200);
    }
}
