package org.turath.museums;

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
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The museums' directory as the secretariat, a curator and a visitor use it: a refused form keeps what was typed and
 * says why by field, nothing is public before the secretariat publishes it, a published museum is found by state, city
 * and kind and is on the map, and a curator edits their own museum — only theirs, without publishing it or moving its
 * address.
 */
@IntegrationTest
class MuseumTests {

    private static final String PASSWORD = "museums of the islamic world";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixture registry;

    private String person(Role role) {
        String email = "museums." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Museums " + role, PASSWORD, Language.EN, "Centre", Set.of(role), Set.of());
        return email;
    }

    private Visitor signedIn(String email) throws Exception {
        Visitor visitor = new Visitor(mvc, "10.73." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, String> museum(String s) {
        Map<String, String> form = new HashMap<>();
        form.put("name.en", "Museum of the Medina " + s);
        form.put("name.ar", "متحف المدينة " + s);
        form.put("kind", "ETHNOGRAPHY");
        form.put("state", "MA");
        form.put("city.en", "Fez-" + s);
        form.put("city.ar", "فاس " + s);
        form.put("latitude", "34,0617");
        form.put("longitude", "−4.9836");
        form.put("founded", "١٩١٥");
        form.put("hours.fr", "Tous les jours sauf le mardi, de 9 h à 17 h");
        form.put("heritage", registry.referenceOf(170));
        return form;
    }

    private String create(Visitor secretariat, Map<String, String> form) throws Exception {
        Document page = Jsoup.parse(secretariat.get("/en/admin/museums/new").getContentAsString());
        Map<String, String> posted = new HashMap<>(form);
        posted.put("submission", page.select("input[name=submission]").val());
        MockHttpServletResponse created = secretariat.post("/en/admin/museums/new", posted);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        // the same form posted twice (a double click) makes one museum
        assertThat(secretariat.post("/en/admin/museums/new", posted).getRedirectedUrl()).isEqualTo(created.getRedirectedUrl());
        return created.getRedirectedUrl().replaceAll(".*/admin/museums/([0-9a-f-]{36}).*", "$1");
    }

    @Test
    void aRefusedFormKeepsTheTypingAndAMuseumIsPublicOnlyOncePublishedThenFoundByStateCityAndOnTheMap() throws Exception {
        registry.demoData();
        Visitor secretariat = signedIn(person(Role.SECRETARIAT));
        String s = suffix();
        Map<String, String> wrong = museum(s);
        wrong.put("latitude", "134.5");
        wrong.put("longitude", "");
        wrong.put("name.en", "<script>alert('x')</script> Museum " + s);
        wrong.put("heritage", "IWH-0001 not-a-reference");
        secretariat.get("/en/admin/museums/new");
        MockHttpServletResponse refused = secretariat.post("/en/admin/museums/new", wrong);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#e-latitude").text()).isEqualTo("A latitude is a number between −90 and 90.");
        assertThat(page.select("#e-heritage").text()).startsWith("Give references of the List");
        assertThat(page.select("input[name='name.en']").val()).isEqualTo("<script>alert('x')</script> Museum " + s);
        assertThat(page.select("input[name=latitude]").val()).isEqualTo("134.5");
        assertThat(refused.getContentAsString()).doesNotContain("<script>alert");

        String id = create(secretariat, museum(s));
        String reference = "museum-of-the-medina-" + s;
        assertThat(jdbc.queryForObject("select latitude from museum where id = ?::uuid", Double.class, id)).isEqualTo(34.0617);
        assertThat(jdbc.queryForObject("select founded from museum where id = ?::uuid", Integer.class, id)).isEqualTo(1915);

        Visitor visitor = new Visitor(mvc, "10.74.0.1");
        assertThat(visitor.get("/en/museums/" + reference).getStatus()).isEqualTo(404);
        assertThat(visitor.get("/en/museums?state=MA").getContentAsString()).doesNotContain(reference);
        assertThat(visitor.get("/api/v1/museums/" + reference).getStatus()).isEqualTo(404);
        String fez = "/en/heritage/" + registry.referenceOf(170);
        assertThat(visitor.get(fez).getContentAsString()).doesNotContain("/en/museums/" + reference);

        Document admin = Jsoup.parse(secretariat.get("/en/admin/museums/" + id).getContentAsString());
        MockHttpServletResponse published = secretariat.post("/en/admin/museums/" + id + "/publication",
                Map.of("version", admin.select("form[action$=publication] input[name=version]").val(), "shown", "true"));
        assertThat(published.getStatus()).isEqualTo(302);

        Document shown = Jsoup.parse(visitor.get("/ar/museums/" + reference).getContentAsString());
        assertThat(shown.select("h1").text()).isEqualTo("متحف المدينة " + s);
        // the opening hours exist only in French: shown in French, marked as French
        assertThat(shown.select("dd [lang=fr]").text()).isEqualTo("Tous les jours sauf le mardi, de 9 h à 17 h");
        assertThat(shown.select("main a[href='/ar/heritage/" + registry.referenceOf(170) + "']")).hasSize(1);
        assertThat(shown.select("script[type=application/ld+json]").html()).contains("\"Museum\"", "\"foundingDate\"", "34.0617");

        // found by an Arabic search, in the list of results beside heritage items
        Document found = Jsoup.parse(visitor.get("/ar/search?q=" + "متحف المدينة " + s).getContentAsString());
        assertThat(found.select(".search-hit a[href='/ar/museums/" + reference + "']")).as(found.select("main").text()).hasSize(1);

        // the heritage it presents names it, though that page was kept for visitors before
        assertThat(visitor.get(fez).getContentAsString()).contains("href=\"/en/museums/" + reference + "\"");

        String cityKey = "fez-" + s;
        String list = visitor.get("/en/museums?state=ma&kind=ethnography&city=" + cityKey).getContentAsString();
        assertThat(Jsoup.parse(list).select(".museum-card")).hasSize(1);
        assertThat(list).contains("/en/museums/" + reference);
        // the map's first view, drawn by the server before any map library: that museum, in the middle, and no other
        org.jsoup.nodes.Element drawn = Jsoup.parse(list).selectFirst("#museums-map.locator > svg.overview");
        assertThat(drawn.attr("aria-label")).isEqualTo("Where the museums are on the map: 1 museum");
        assertThat(drawn.select("circle.spot.kind-museum")).hasSize(1);
        assertThat(drawn.select("circle.spot").attr("cx") + "," + drawn.select("circle.spot").attr("cy")).isEqualTo("320,240");
        assertThat(drawn.select("g.spot-group")).isEmpty();
        assertThat(visitor.get("/en/museums?state=MA&kind=NATIONAL&city=" + cityKey).getContentAsString())
                .doesNotContain(reference);
        assertThat(visitor.get("/api/v1/museums/markers?lang=fr&state=MA").getContentAsString())
                .contains("\"reference\":\"" + reference + "\"", "\"href\":\"/fr/museums/" + reference + "\"");
        assertThat(visitor.get("/en/museums?state=XX").getStatus()).isEqualTo(400);
        assertThat(visitor.get("/en/museums?cursor=not-a-cursor").getStatus()).isEqualTo(400);
    }

    @Test
    void aCuratorEditsOnlyTheirMuseumAndNeitherPublishesItNorMovesItsAddress() throws Exception {
        registry.demoData();
        Visitor secretariat = signedIn(person(Role.SECRETARIAT));
        String s = suffix();
        String mine = create(secretariat, museum(s));
        Map<String, String> other = museum(s + "-other");
        String theirs = create(secretariat, other);
        String curatorEmail = person(Role.MUSEUM_CURATOR);

        // only an account with the curator role can be named curator
        MockHttpServletResponse wrongRole = secretariat.post("/en/admin/museums/" + mine + "/curators", Map.of("email", person(Role.EDITOR)));
        assertThat(wrongRole.getStatus()).isEqualTo(422);
        assertThat(wrongRole.getContentAsString()).contains("is not a museum curator");
        assertThat(secretariat.post("/en/admin/museums/" + mine + "/curators", Map.of("email", curatorEmail.toUpperCase())).getStatus())
                .isEqualTo(302);

        Visitor curator = signedIn(curatorEmail);
        String desk = curator.get("/en/admin/museums").getContentAsString();
        assertThat(desk).contains(mine).doesNotContain(theirs);
        assertThat(curator.get("/en/admin/museums/" + theirs).getStatus()).isEqualTo(404);
        assertThat(curator.get("/en/admin/museums/new").getStatus()).isEqualTo(403);

        Document page = Jsoup.parse(curator.get("/en/admin/museums/" + mine).getContentAsString());
        String version = page.select("form[action$='/admin/museums/" + mine + "'] input[name=version]").val();
        Map<String, String> edit = museum(s);
        edit.put("version", version);
        edit.put("reference", "somewhere-else-" + s);
        MockHttpServletResponse moved = curator.post("/en/admin/museums/" + mine, edit);
        assertThat(moved.getStatus()).isEqualTo(422);
        assertThat(moved.getContentAsString()).contains("Only the secretariat changes a museum’s address.");

        edit.put("reference", "museum-of-the-medina-" + s);
        edit.put("accessibility.en", "Step-free entrance on the north side; a wheelchair on request.");
        assertThat(curator.post("/en/admin/museums/" + mine, edit).getStatus()).isEqualTo(302);
        // the same version posted again is someone else's stale edit
        MockHttpServletResponse stale = curator.post("/en/admin/museums/" + mine, edit);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Someone else saved this museum since you opened it.");
        assertThat(curator.post("/en/admin/museums/" + theirs, edit).getStatus()).isEqualTo(404);
        assertThat(curator.post("/en/admin/museums/" + mine + "/publication", Map.of("version", "1", "shown", "true")).getStatus())
                .isEqualTo(403);

        assertThat(jdbc.queryForObject("select accessibility_en from museum where id = ?::uuid", String.class, mine))
                .startsWith("Step-free entrance");
        assertThat(jdbc.queryForObject("select count(*) from museum_aud where id = ?::uuid", Integer.class, mine)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where target = ?", Integer.class,
                "museum:museum-of-the-medina-" + s)).isGreaterThanOrEqualTo(3);
    }
}
