package org.turath.exhibitions;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.IntegrationTest;
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
 * The museums' programme as a curator, the secretariat and a visitor meet it: a curator adds a talk at their museum,
 * at an hour of the museum's time zone, and no event at another museum; a talk that ends before it starts, or lasts a
 * month, is refused with the reason; nothing is public before the secretariat publishes it; published, it is on the
 * museum's page and in the calendar and its iCal feed at the right instant; a stale edit is refused.
 */
@IntegrationTest
class MuseumEventTests {

    private static final String PASSWORD = "the museum's programme";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    MuseumDesk museums;

    private final Actor keeper = new Actor("events.keeper@example.org", Set.of(Role.SECRETARIAT), Set.of());

    private Visitor signedIn(Role role, String s) throws Exception {
        String email = "events." + role.name().toLowerCase() + "." + s + "@example.org";
        accounts.create(email, "Events " + s, PASSWORD, Language.EN, "Museum", Set.of(role), Set.of());
        Visitor visitor = new Visitor(mvc, "10.89." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private Museum museum(String reference) {
        Museum museum = museums.create(keeper, Optional.empty(), new Museum.Details(reference,
                new LocalizedText("متحف " + reference, "Museum " + reference, null), MuseumKind.NATIONAL, "JO",
                new LocalizedText(null, "Amman", null), 31.95, 35.93, null, null, null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), null, Set.of()));
        return museums.publish(keeper, museum.id(), museum.version(), true);
    }

    @Test
    void aCuratorsTalkIsPublishedByTheSecretariatAndShowsOnTheMuseumPageAndInTheCalendarAtItsHour() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Museum mine = museum("events-amman-" + s);
        Museum other = museum("events-irbid-" + s);
        Visitor curator = signedIn(Role.MUSEUM_CURATOR, s);
        museums.addCurator(keeper, mine.id(), "events.museum_curator." + s + "@example.org");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);

        Document empty = Jsoup.parse(curator.get("/en/admin/museum-events/new").getContentAsString());
        assertThat(empty.select("select[name=museum] option").eachAttr("value")).containsExactly(mine.reference());
        Map<String, String> talk = new HashMap<>(Map.of("museum", mine.reference(), "kind", "TALK", "title.en", "Talk on caravans " + s,
                "title.ar", "محاضرة عن القوافل " + s, "starts", day + "T18:00", "ends", day + "T17:00", "timeZone", "Asia/Amman",
                "submission", empty.select("input[name=submission]").val()));
        MockHttpServletResponse backwards = curator.post("/en/admin/museum-events/new", talk);
        assertThat(backwards.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(backwards.getContentAsString());
        assertThat(page.select("#e-ends").text()).isEqualTo("The event ends after it starts.");
        assertThat(page.select("input[name='title.ar']").val()).isEqualTo("محاضرة عن القوافل " + s);
        talk.put("ends", day.plusDays(30) + "T17:00");
        curator.get("/en/admin/museum-events/new");
        assertThat(Jsoup.parse(curator.post("/en/admin/museum-events/new", talk).getContentAsString()).select(".alert-danger").text())
                .contains("at most two weeks");
        talk.put("ends", day + "T19:30");
        talk.put("timeZone", "Mars/Olympus");
        curator.get("/en/admin/museum-events/new");
        assertThat(Jsoup.parse(curator.post("/en/admin/museum-events/new", talk).getContentAsString()).select("#e-timeZone").text())
                .startsWith("Give the time zone");
        talk.put("timeZone", "Asia/Amman");
        talk.put("museum", other.reference());
        curator.get("/en/admin/museum-events/new");
        assertThat(Jsoup.parse(curator.post("/en/admin/museum-events/new", talk).getContentAsString()).select(".alert-danger").text())
                .contains("museums you curate");
        talk.put("museum", mine.reference());
        curator.get("/en/admin/museum-events/new");
        MockHttpServletResponse created = curator.post("/en/admin/museum-events/new", talk);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String admin = created.getRedirectedUrl().replaceAll("\\?.*", "");
        // a double post makes one event
        assertThat(curator.post("/en/admin/museum-events/new", talk).getRedirectedUrl()).isEqualTo(created.getRedirectedUrl());

        // not public yet; a curator does not publish; another curator does not see it
        Visitor visitor = new Visitor(mvc, "10.90.0.1");
        assertThat(visitor.get("/en/museums/" + mine.reference()).getContentAsString()).doesNotContain("Talk on caravans " + s);
        assertThat(Jsoup.parse(curator.get(admin).getContentAsString()).select("form[action$=publication]")).isEmpty();
        assertThat(curator.post(admin + "/publication", Map.of("version", "0", "shown", "true")).getStatus()).isEqualTo(403);
        Visitor stranger = signedIn(Role.MUSEUM_CURATOR, s + "x");
        assertThat(stranger.get(admin).getStatus()).isEqualTo(404);

        Visitor secretariat = signedIn(Role.SECRETARIAT, s);
        String version = Jsoup.parse(secretariat.get(admin).getContentAsString()).select("form[action$=publication] input[name=version]").val();
        assertThat(secretariat.post(admin + "/publication", Map.of("version", version, "shown", "true")).getStatus()).isEqualTo(302);

        Document museumPage = Jsoup.parse(visitor.get("/ar/museums/" + mine.reference()).getContentAsString());
        assertThat(museumPage.select("#museum-events ~ ul").text()).contains("محاضرة عن القوافل " + s, "محاضرة");
        // 18:00 in Amman (UTC+3) is 15:00 UTC
        String ical = visitor.get("/en/trainings/calendar.ics").getContentAsString().replace("\r\n ", "");
        assertThat(ical).contains("SUMMARY:Talk on caravans " + s, "DTSTART:" + day.toString().replace("-", "") + "T150000Z",
                "DTEND:" + day.toString().replace("-", "") + "T163000Z", "CATEGORIES:Talk");
        Document calendar = Jsoup.parse(visitor.get("/fr/trainings/calendar?month=" + day.toString().substring(0, 7)).getContentAsString());
        assertThat(calendar.select("#calendar-elsewhere ~ ul li").text()).contains("Talk on caravans " + s, "18:00");

        // a stale edit is refused and changes nothing
        Map<String, String> edit = new HashMap<>(talk);
        edit.remove("submission");
        edit.put("version", Jsoup.parse(curator.get(admin).getContentAsString()).select("form:not([action$=publication]) input[name=version]").val());
        edit.put("title.fr", "Conférence " + s);
        assertThat(curator.post(admin, edit).getStatus()).isEqualTo(302);
        curator.get(admin);
        assertThat(curator.post(admin, edit).getStatus()).isEqualTo(409);
    }
}
