package org.turath.exhibitions;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.internal.CollectionDesk;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exhibitions as a curator, the secretariat and a visitor use them: a curator makes an exhibition of the museum they
 * curate and no other, composes its sections from objects of the collections and heritage items of the List with
 * captions, nothing is public before the secretariat publishes it (and not before it has a section, or a venue when it
 * is shown in museums); a visitor reads it, takes its guided tour stop by stop, prints it; a travelling exhibition's
 * venues follow each other without overlapping, show as an itinerary, in the calendar and its iCal feed and on the
 * museums' pages, and the exhibition is found by search.
 */
@IntegrationTest
class ExhibitionTests {

    private static final String PASSWORD = "exhibitions of the museums";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    MuseumDesk museums;

    @Autowired
    CollectionDesk collections;

    @Autowired
    org.turath.opendata.OpenDataSettings openData;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private final Actor keeper = new Actor("exhibitions.keeper@example.org", Set.of(Role.SECRETARIAT), Set.of());

    private String person(Role role) {
        String email = "exhibitions." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Exhibitions " + role, PASSWORD, Language.EN, "Centre", Set.of(role), Set.of());
        return email;
    }

    private Visitor signedIn(String email) throws Exception {
        Visitor visitor = new Visitor(mvc, "10.86." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published museum of the directory in {@code city}, curated by {@code curator} when given; its reference. */
    private String museum(String s, String name, String city, double latitude, double longitude, String curator) {
        Museum museum = museums.create(keeper, Optional.empty(), new Museum.Details(name + "-" + s,
                new LocalizedText("متحف " + name + " " + s, "Museum " + name + " " + s, "Musée " + name + " " + s), MuseumKind.NATIONAL, "JO",
                new LocalizedText(null, city, city), latitude, longitude, null, null, null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), null, Set.of()));
        museum = museums.publish(keeper, museum.id(), museum.version(), true);
        if (curator != null) {
            museums.addCurator(keeper, museum.id(), curator);
        }
        return museum.reference();
    }

    /** A published object of the museum {@code museumReference}; its reference. */
    private String object(String museumReference, String s) {
        Museum museum = museums.shown(museumReference).orElseThrow();
        CollectionObject object = collections.create(keeper, Optional.empty(), new CollectionObject.Details("ewer-" + s,
                museum.id().value(), "EW " + s, new LocalizedText("إبريق", "Ewer", "Aiguière"),
                new LocalizedText("إبريق الصقر " + s, "Falcon ewer " + s, "Aiguière au faucon " + s), LocalizedText.empty(),
                CollectionObject.Measures.NONE, null, null, LocalizedText.empty(), LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), null, null, LocalizedText.empty(), LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), false, null, false, Set.of(), Set.of()));
        collections.publish(keeper, object.id(), object.version(), true);
        return object.reference();
    }

    private String version(Visitor visitor, String path) throws Exception {
        Document page = Jsoup.parse(visitor.get(path).getContentAsString());
        return page.select("input[name=version]").first().val();
    }

    @Test
    void aCuratorComposesAnExhibitionOfTheirMuseumTheSecretariatPublishesItAndVisitorsTakeTheTour() throws Exception {
        registry.demoData();
        String s = suffix();
        String curatorEmail = person(Role.MUSEUM_CURATOR);
        String museum = museum(s, "amman", "Amman", 31.95, 35.93, curatorEmail);
        String other = museum(s, "irbid", "Irbid", 32.55, 35.85, null);
        String ewer = object(museum, s);
        String petra = registry.referenceOf(326);
        Visitor curator = signedIn(curatorEmail);

        // the form offers the curator's museum only; another museum is refused
        Document empty = Jsoup.parse(curator.get("/en/admin/exhibitions/new").getContentAsString());
        assertThat(empty.select("select[name=museum] option").eachAttr("value")).containsExactly(museum);
        String submission = empty.select("input[name=submission]").val();
        MockHttpServletResponse elsewhere = curator.post("/en/admin/exhibitions/new", Map.of("kind", "VIRTUAL", "museum", other,
                "title.en", "Elsewhere " + s));
        assertThat(elsewhere.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(elsewhere.getContentAsString()).select(".alert-danger").text())
                .contains("You may only make exhibitions of the museums you curate.");

        // a title with markup is kept as typed and shown as text
        curator.get("/en/admin/exhibitions/new");
        Map<String, String> fields = new HashMap<>(Map.of("kind", "VIRTUAL", "museum", museum, "submission", submission,
                "title.en", "Falcons <script>alert(1)</script> " + s, "title.ar", "الصقور في الفن " + s,
                "introduction.en", "Falcons in the art of the region.\nA second paragraph."));
        MockHttpServletResponse created = curator.post("/en/admin/exhibitions/new", fields);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String id = created.getRedirectedUrl().replaceAll(".*/admin/exhibitions/([0-9a-f-]{36}).*", "$1");
        // a double post makes one exhibition
        assertThat(curator.post("/en/admin/exhibitions/new", fields).getRedirectedUrl()).isEqualTo(created.getRedirectedUrl());
        String reference = jdbc.queryForObject("select reference from exhibition where id = ?::uuid", String.class, id);
        assertThat(reference).isEqualTo("falcons-script-alert-1-script-" + s);

        // a section: a bad row is said at its row, every row kept as typed; an unknown reference is refused by name
        String sectionPath = "/en/admin/exhibitions/" + id + "/sections/new";
        String v = version(curator, sectionPath);
        Map<String, String> section = new HashMap<>(Map.of("version", v, "title.en", "The falcon", "title.ar", "الصقر",
                "narrative.en", "Hunting with falcons.", "pieces[0].kind", "OBJECT", "pieces[0].reference", ewer,
                "pieces[0].caption.en", "A ewer with a falcon spout", "pieces[1].kind", "HERITAGE", "pieces[1].reference", "not a reference"));
        section.putAll(Map.of("pieces[2].kind", "HERITAGE", "pieces[2].reference", petra.toLowerCase(), "pieces[2].caption.ar", "البتراء"));
        MockHttpServletResponse badRow = curator.post(sectionPath, section);
        assertThat(badRow.getStatus()).isEqualTo(422);
        Document badPage = Jsoup.parse(badRow.getContentAsString());
        assertThat(badPage.select("[id='e-pieces[1]']").text()).startsWith("Each row needs a reference");
        assertThat(badPage.select("input[name='pieces[1].reference']").val()).isEqualTo("not a reference");
        assertThat(badPage.select("input[name='pieces[0].caption.en']").val()).isEqualTo("A ewer with a falcon spout");
        section.put("pieces[1].reference", "no-such-object-" + s);
        section.put("pieces[1].kind", "OBJECT");
        curator.get(sectionPath);
        MockHttpServletResponse unknown = curator.post(sectionPath, section);
        assertThat(Jsoup.parse(unknown.getContentAsString()).select(".alert-danger").text())
                .contains("Nothing in the collections or on the List has the reference no-such-object-" + s);
        section.remove("pieces[1].reference");
        section.remove("pieces[1].kind");
        curator.get(sectionPath);
        MockHttpServletResponse saved = curator.post(sectionPath, section);
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        assertThat(jdbc.queryForList("select p.reference from exhibition_piece p join exhibition_section x on x.id = p.section_id"
                + " where x.exhibition_id = ?::uuid order by p.position", String.class, id)).containsExactly(ewer, petra);
        // a second section, then moved before the first
        v = version(curator, sectionPath);
        curator.post(sectionPath, Map.of("version", v, "title.en", "The desert", "pieces[0].kind", "HERITAGE", "pieces[0].reference", petra));
        v = version(curator, "/en/admin/exhibitions/" + id);
        assertThat(curator.post("/en/admin/exhibitions/" + id + "/sections/2/move", Map.of("version", v, "to", "up")).getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForList("select title_en from exhibition_section where exhibition_id = ?::uuid order by position",
                String.class, id)).containsExactly("The desert", "The falcon");
        // a stale change is refused and changes nothing
        curator.get("/en/admin/exhibitions/" + id);
        assertThat(curator.post("/en/admin/exhibitions/" + id + "/sections/2/move", Map.of("version", v, "to", "up")).getStatus())
                .isEqualTo(409);
        assertThat(curator.get("/en/admin/exhibitions/" + id + "/sections/7").getStatus()).isEqualTo(404);
        assertThat(curator.get("/en/admin/exhibitions/" + id + "/sections/x").getStatus()).isEqualTo(404);

        // another curator does not see it; a curator does not publish; a visitor sees nothing yet
        Visitor stranger = signedIn(person(Role.MUSEUM_CURATOR));
        assertThat(stranger.get("/en/admin/exhibitions/" + id).getStatus()).isEqualTo(404);
        assertThat(curator.post("/en/admin/exhibitions/" + id + "/publication", Map.of("version", "0", "shown", "true")).getStatus())
                .isEqualTo(403);
        Visitor visitor = new Visitor(mvc, "10.87.0.1");
        assertThat(visitor.get("/en/exhibitions/" + reference).getStatus()).isEqualTo(404);
        assertThat(visitor.get("/en/exhibitions/" + reference + "/tour/1").getStatus()).isEqualTo(404);
        // (MockMvc encodes the query once: the identifier goes in as it is)
        String record = "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=" + openData.oaiIdentifier("exhibition", id);
        assertThat(visitor.get(record).getContentAsString()).contains("idDoesNotExist");

        Visitor secretariat = signedIn(person(Role.SECRETARIAT));
        v = version(secretariat, "/en/admin/exhibitions/" + id);
        assertThat(secretariat.post("/en/admin/exhibitions/" + id + "/publication", Map.of("version", v, "shown", "true")).getStatus())
                .isEqualTo(302);

        Document page = Jsoup.parse(visitor.get("/ar/exhibitions/" + reference).getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("الصقور في الفن " + s);
        assertThat(page.select(".exhibition-section h2").eachText()).containsExactly("The desert", "الصقر");
        assertThat(page.select(".exhibition-piece a").eachAttr("href")).contains("/ar/collections/" + ewer, "/ar/heritage/" + petra);
        assertThat(page.select(".exhibition-piece figcaption").text()).contains("البتراء");
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"ExhibitionEvent\"", "VirtualLocation");
        assertThat(visitor.get("/en/exhibitions/" + reference).getContentAsString()).doesNotContain("<script>alert(1)");

        // the guided tour: a stop per section, next and previous as links (rel) and as arrow keys' targets
        Document first = Jsoup.parse(visitor.get("/en/exhibitions/" + reference + "/tour/1").getContentAsString());
        assertThat(first.select("h1").text()).isEqualTo("The desert");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/en/exhibitions/" + reference + "/tour/2");
        assertThat(first.select(".tour-nav").attr("data-next")).isEqualTo("/en/exhibitions/" + reference + "/tour/2");
        assertThat(first.select(".tour-progress").text()).isEqualTo("Stop 1 of 2");
        Document last = Jsoup.parse(visitor.get("/fr/exhibitions/" + reference + "/tour/2").getContentAsString());
        assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo("/fr/exhibitions/" + reference + "/tour/1");
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.select(".exhibition-piece figcaption").text()).contains("Aiguière au faucon " + s, "A ewer with a falcon spout");
        for (String wrong : new String[]{"0", "3", "01", "x", "999999999999"}) {
            assertThat(visitor.get("/en/exhibitions/" + reference + "/tour/" + wrong).getStatus()).as(wrong).isEqualTo(404);
        }
        // the version for paper holds every section and where it comes from
        Document print = Jsoup.parse(visitor.get("/en/exhibitions/" + reference + "/print").getContentAsString());
        assertThat(print.select(".print-section h2").eachText()).containsExactly("1. The desert", "2. The falcon");
        assertThat(print.text()).contains("/en/exhibitions/" + reference);

        // harvested (OAI-PMH, Dublin Core with the heritage it shows) and in the sitemaps
        assertThat(visitor.get(record).getContentAsString()).contains("الصقور في الفن " + s, "/exhibitions/" + reference,
                "Exposition virtuelle").doesNotContain("idDoesNotExist");
        StringBuilder sitemaps = new StringBuilder();
        for (String loc : Jsoup.parse(visitor.get("/sitemap.xml").getContentAsString(), "", org.jsoup.parser.Parser.xmlParser())
                .select("loc").eachText()) {
            if (loc.contains("/sitemaps/exhibitions.xml")) {
                sitemaps.append(visitor.get(loc.replaceFirst("^https?://[^/]+", "")).getContentAsString());
            }
        }
        assertThat(sitemaps.toString()).contains("/en/exhibitions/" + reference);

        // found by search, in Arabic; listed on its museum's page
        Document found = Jsoup.parse(visitor.get("/ar/search?q=" + "الصقور " + s).getContentAsString());
        assertThat(found.select(".search-hit a[href='/ar/exhibitions/" + reference + "']")).as(found.select("main").text()).hasSize(1);
        assertThat(Jsoup.parse(visitor.get("/en/museums/" + museum).getContentAsString()).select("#museum-exhibitions-heading ~ ul a")
                .eachAttr("href")).containsExactly("/en/exhibitions/" + reference);

        // a published exhibition keeps a section; withdrawn, it leaves the public pages and search
        v = version(curator, "/en/admin/exhibitions/" + id);
        curator.post("/en/admin/exhibitions/" + id + "/sections/2/remove", Map.of("version", v));
        v = version(curator, "/en/admin/exhibitions/" + id);
        MockHttpServletResponse lastOne = curator.post("/en/admin/exhibitions/" + id + "/sections/1/remove", Map.of("version", v));
        assertThat(lastOne.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(lastOne.getContentAsString()).select(".alert-danger").text()).contains("keeps at least one section");
        v = version(secretariat, "/en/admin/exhibitions/" + id);
        secretariat.post("/en/admin/exhibitions/" + id + "/publication", Map.of("version", v, "shown", "false"));
        assertThat(visitor.get("/en/exhibitions/" + reference).getStatus()).isEqualTo(404);
        assertThat(visitor.get(record).getContentAsString()).contains("status=\"deleted\"");
        assertThat(Jsoup.parse(visitor.get("/ar/search?q=" + "الصقور " + s).getContentAsString())
                .select(".search-hit a[href='/ar/exhibitions/" + reference + "']")).isEmpty();
    }

    @Test
    void aTravellingExhibitionTravelsFromMuseumToMuseumOnTheMapInTheCalendarAndOnTheMuseumsPages() throws Exception {
        registry.demoData();
        String s = suffix();
        String amman = museum(s, "amman", "Amman", 31.95, 35.93, null);
        String aqaba = museum(s, "aqaba", "Aqaba", 29.53, 35.0, null);
        String petra = registry.referenceOf(326);
        Visitor secretariat = signedIn(person(Role.SECRETARIAT));
        Document empty = Jsoup.parse(secretariat.get("/en/admin/exhibitions/new").getContentAsString());
        MockHttpServletResponse created = secretariat.post("/en/admin/exhibitions/new", Map.of("kind", "TRAVELLING",
                "submission", empty.select("input[name=submission]").val(), "title.en", "Roads of incense " + s,
                "title.fr", "Routes de l’encens " + s));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String id = created.getRedirectedUrl().replaceAll(".*/admin/exhibitions/([0-9a-f-]{36}).*", "$1");
        String reference = "roads-of-incense-" + s;
        String admin = "/en/admin/exhibitions/" + id;

        // not published without a section, nor, shown in museums, without a venue
        String v = version(secretariat, admin);
        MockHttpServletResponse early = secretariat.post(admin + "/publication", Map.of("version", v, "shown", "true"));
        assertThat(Jsoup.parse(early.getContentAsString()).select(".alert-danger").text()).contains("at least one section");
        v = version(secretariat, admin + "/sections/new");
        secretariat.post(admin + "/sections/new", Map.of("version", v, "title.en", "Petra", "pieces[0].kind", "HERITAGE",
                "pieces[0].reference", petra));
        v = version(secretariat, admin);
        early = secretariat.post(admin + "/publication", Map.of("version", v, "shown", "true"));
        assertThat(Jsoup.parse(early.getContentAsString()).select(".alert-danger").text()).contains("at least one venue");

        // venues: days in order, never two at once, a museum of the directory
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate opens = today.withDayOfMonth(1);
        v = version(secretariat, admin);
        assertThat(secretariat.post(admin + "/venues", Map.of("version", v, "museum", amman, "opens", opens.toString(),
                "closes", opens.plusDays(40).toString())).getStatus()).isEqualTo(302);
        v = version(secretariat, admin);
        MockHttpServletResponse overlap = secretariat.post(admin + "/venues", Map.of("version", v, "museum", aqaba,
                "opens", opens.plusDays(30).toString(), "closes", opens.plusDays(90).toString()));
        assertThat(Jsoup.parse(overlap.getContentAsString()).select(".alert-danger").text()).contains("overlap");
        secretariat.get(admin);
        MockHttpServletResponse backwards = secretariat.post(admin + "/venues", Map.of("version", v, "museum", aqaba,
                "opens", opens.plusDays(90).toString(), "closes", opens.plusDays(50).toString()));
        assertThat(Jsoup.parse(backwards.getContentAsString()).select(".alert-danger").text()).contains("closing day");
        secretariat.get(admin);
        MockHttpServletResponse nowhere = secretariat.post(admin + "/venues", Map.of("version", v, "museum", "no-such-museum-" + s,
                "opens", opens.plusDays(50).toString(), "closes", "not a day"));
        assertThat(nowhere.getStatus()).isEqualTo(422);
        secretariat.get(admin);
        assertThat(secretariat.post(admin + "/venues", Map.of("version", v, "museum", aqaba, "opens", opens.plusDays(50).toString(),
                "closes", opens.plusDays(120).toString())).getStatus()).isEqualTo(302);
        // a temporary exhibition is in one museum: the kind cannot change while it has two venues
        Document form = Jsoup.parse(secretariat.get(admin).getContentAsString());
        MockHttpServletResponse temporary = secretariat.post(admin, Map.of("version", form.select("form[action='" + admin + "'] input[name=version]").val(),
                "kind", "TEMPORARY", "reference", reference, "title.en", "Roads of incense " + s));
        assertThat(Jsoup.parse(temporary.getContentAsString()).select(".alert-danger").text()).contains("a travelling exhibition");

        // the month's calendar, kept for visitors before the exhibition is published, is drawn again once it is
        Visitor visitor = new Visitor(mvc, "10.87.0.2");
        org.turath.support.Http http = new org.turath.support.Http(port);
        // this month's (a page asked with a query is never kept)
        String month = "/en/trainings/calendar";
        assertThat(Jsoup.parse(http.get(month).body()).select("a[href='/en/exhibitions/" + reference + "']")).isEmpty();
        double hits = meters.get("turath.page.cache").tag("result", "hit").counter().count();
        http.get(month);
        assertThat(meters.get("turath.page.cache").tag("result", "hit").counter().count()).as("the month is kept").isEqualTo(hits + 1);
        v = version(secretariat, admin);
        assertThat(secretariat.post(admin + "/publication", Map.of("version", v, "shown", "true")).getStatus()).isEqualTo(302);

        Document page = Jsoup.parse(visitor.get("/en/exhibitions/" + reference).getContentAsString());
        assertThat(page.select(".exhibition-itinerary a").eachAttr("href")).containsExactly("/en/museums/" + amman, "/en/museums/" + aqaba);
        assertThat(page.select(".exhibition-itinerary .badge").first().text()).isEqualTo("Showing now");
        String markers = page.select("#exhibition-map").attr("data-markers");
        assertThat(markers).contains("\"kind\":\"venue\"", "\"number\":1", "\"number\":2", "\"kind\":\"heritage\"");
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"subEvent\"", "/museums/" + aqaba);

        // the calendar of the month shows it, and the iCal feed has one all-day event per venue
        Document calendar = Jsoup.parse(http.get(month).body());
        assertThat(calendar.select("#calendar-elsewhere ~ ul a").eachAttr("href")).contains("/en/exhibitions/" + reference);
        String ical = visitor.get("/fr/trainings/calendar.ics").getContentAsString().replace("\r\n ", "");
        assertThat(ical).contains("SUMMARY:Routes de l’encens " + s, "DTSTART;VALUE=DATE:" + opens.toString().replace("-", ""),
                "DTEND;VALUE=DATE:" + opens.plusDays(41).toString().replace("-", ""), "/fr/exhibitions/" + reference,
                "CATEGORIES:Exposition itinérante");
        // both museums' pages list it
        assertThat(Jsoup.parse(visitor.get("/en/museums/" + aqaba).getContentAsString()).select("#museum-exhibitions-heading ~ ul a")
                .eachAttr("href")).containsExactly("/en/exhibitions/" + reference);
        // a published exhibition shown in museums keeps a venue
        Document withVenues = Jsoup.parse(secretariat.get(admin).getContentAsString());
        for (String venue : withVenues.select("form[action$=venues/remove] input[name=venue]").eachAttr("value")) {
            v = version(secretariat, admin);
            secretariat.post(admin + "/venues/remove", Map.of("version", v, "venue", venue));
        }
        assertThat(jdbc.queryForObject("select count(*) from exhibition_venue where exhibition_id = ?::uuid", Integer.class, id)).isEqualTo(1);
    }
}
