package org.turath.registry;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.registry.internal.editing.HeritageEditor;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts of pages drawn once ({@code tu:keep}: an item's record, the List's cards, the layout's navigation), through
 * the real server and pages drawn for every request ({@code ?drawn=1} passes the page cache by): a change shows on the
 * next drawing, each language and section gets its own, and what belongs to one reader is never among them.
 */
@IntegrationTest
class KeptPagePartsTests {

    private static final Actor SECRETARIAT = new Actor("secretariat.parts@example.org", Set.of(Role.SECRETARIAT), Set.of());

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixture registry;

    @Autowired
    HeritageEditor editor;

    @Autowired
    AccountsApi accounts;

    @Autowired
    MeterRegistry meters;

    private Http http;
    private String reference;

    @BeforeEach
    void demoData() {
        http = new Http(port);
        registry.demoData();
        reference = registry.jdbc().queryForObject(
                "select reference from heritage_item where publication = 'PUBLISHED' and status = 'INSCRIBED' order by reference limit 1 offset 3",
                String.class);
    }

    @Test
    void anItemsRecordIsDrawnOnceAndAgainWhenItChanges() {
        String path = "/en/heritage/" + reference + "?drawn=1";
        String first = page(path).select("main").outerHtml();
        double hits = hits();
        assertThat(page(path).select("main").outerHtml()).isEqualTo(first);
        assertThat(hits()).as("the record's part and the layout's kept parts were written as kept").isGreaterThan(hits);

        String reason = "Reviewed by the Committee, session " + UUID.randomUUID();
        // a date of its own: an entry on a date the history already has would change nothing
        LocalDate effective = LocalDate.of(1980, 1, 1).plusDays(new java.util.Random().nextInt(9000));
        editor.changeStatus(SECRETARIAT, reference, HeritageStatus.INSCRIBED, effective, new LocalizedText(null, reason, null), null);

        assertThat(page(path).select(".status-history").text()).as("the next drawing shows the change").contains(reason);
        assertThat(page("/ar/heritage/" + reference + "?drawn=1").select(".status-history").text()).contains(reason);
    }

    @Test
    void aCardOfTheListShowsItsItemsNewStatus() {
        String state = registry.jdbc().queryForObject("select upper(s.iso2) from heritage_item i join heritage_item_state s on s.item_id = i.id"
                + " where i.reference = ? limit 1", String.class, reference);
        String list = "/en/heritage?drawn=1&state=" + state;
        assertThat(card(list).select(".badge").eachText()).contains("Inscribed");
        card(list);

        editor.changeStatus(SECRETARIAT, reference, HeritageStatus.IN_DANGER, LocalDate.now().minusDays(1),
                new LocalizedText(null, "Damaged by floods", null), null);

        assertThat(card(list).select(".badge").eachText()).contains("In danger").doesNotContain("Inscribed");
    }

    @Test
    void eachLanguageAndSectionGetsItsOwnNavigation() {
        Document heritage = page("/en/heritage?drawn=1");
        assertThat(heritage.select(".main-nav a[aria-current=page]").eachText()).containsExactly("The List");
        Document news = page("/en/news?drawn=1");
        assertThat(news.select(".main-nav a[aria-current=page]").eachText()).containsExactly("News");
        assertThat(page("/en/heritage/" + reference + "?drawn=1").select(".main-nav a[aria-current=page]").eachText())
                .as("an item is within the List").containsExactly("The List");
        assertThat(page("/en/about-nothing?drawn=1").select(".main-nav a[aria-current]")).as("a page outside every section").isEmpty();

        Document french = page("/fr/heritage?drawn=1");
        assertThat(french.select(".main-nav a[aria-current=page]").eachText()).containsExactly("La Liste");
        assertThat(french.select(".main-nav a").first().attr("href")).isEqualTo("/fr/");
        assertThat(french.select("link[rel=stylesheet]").eachAttr("href")).noneMatch(href -> href.contains("rtl"));
        assertThat(page("/ar/heritage?drawn=1").select("link[rel=stylesheet]").eachAttr("href")).anyMatch(href -> href.contains("bootstrap.rtl"));
    }

    @Test
    void aSignedInReadersAccountIsNeverInAnotherReadersPage() {
        String name = "Yasmine Parts " + UUID.randomUUID().toString().substring(0, 6);
        String email = "parts." + UUID.randomUUID() + "@example.org";
        String password = "a long and unusual passphrase";
        accounts.create(email, name, password, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        Http browser = signedIn(email, password);

        String path = "/en/heritage/" + reference + "?drawn=1";
        Document own = Jsoup.parse(browser.get(path).body());
        assertThat(own.select("form[action=/logout] input[name=_csrf]")).as("the reader's own sign-out form").hasSize(1);
        String token = own.select("form[action=/logout] input[name=_csrf]").val();

        String visitors = http.get(path).body();
        assertThat(visitors).doesNotContain("/logout").doesNotContain(token);
        assertThat(Jsoup.parse(visitors).select("main").outerHtml()).isEqualTo(own.select("main").outerHtml());
        // Spring Security masks the token anew for every answer: the same value twice would mean a kept copy
        assertThat(Jsoup.parse(browser.get(path).body()).select("form[action=/logout] input[name=_csrf]").val())
                .as("the reader's token, drawn for every answer").isNotBlank().isNotEqualTo(token);
    }

    @Test
    void aSearchResultIsKeptWithTheWordsItsQueryMarked() {
        Document mosque = page("/en/search?q=mosque");
        Document medina = page("/en/search?q=medina");
        assertThat(mosque.select(".search-hit mark").eachText()).isNotEmpty().allMatch(word -> word.equalsIgnoreCase("mosque")
                || word.toLowerCase(java.util.Locale.ROOT).startsWith("mosque"));
        assertThat(medina.select(".search-hit mark").eachText()).isNotEmpty().noneMatch(word -> word.toLowerCase(java.util.Locale.ROOT).startsWith("mosque"));
        assertThat(page("/en/search?q=mosque").select(".search-hits").outerHtml()).isEqualTo(mosque.select(".search-hits").outerHtml());
    }

    @Test
    void theBackOfficeFiltersOfferEachPersonTheirOwnStates() {
        String password = "a long and unusual passphrase";
        String admin = "parts.admin." + UUID.randomUUID() + "@example.org";
        String focal = "parts.focal." + UUID.randomUUID() + "@example.org";
        accounts.create(admin, "Admin of parts", password, Language.EN, "Centre", Set.of(Role.ADMIN), Set.of());
        accounts.create(focal, "Focal point of parts", password, Language.EN, "Ministry", Set.of(Role.FOCAL_POINT), Set.of("MA"));

        Document all = Jsoup.parse(signedIn(admin, password).get("/en/admin/heritage").body());
        Document own = Jsoup.parse(signedIn(focal, password).get("/en/admin/heritage").body());

        assertThat(all.select("#l-state option[value]").eachAttr("value")).contains("MA", "TN", "EG");
        assertThat(own.select("#l-state option").eachAttr("value")).containsExactly("", "MA");
        assertThat(own.select("tbody a").eachText()).allMatch(text -> text.startsWith("IWH-"));
    }

    private Http signedIn(String email, String password) {
        Http browser = Http.browser(port);
        assertThat(browser.signIn(email, password, "en").statusCode()).isEqualTo(302);
        return browser;
    }

    private org.jsoup.nodes.Element card(String list) {
        return page(list).select(".heritage-card").stream()
                .filter(card -> card.select("a[href$=/heritage/" + reference + "]").size() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no card of " + reference + " on " + list));
    }

    private Document page(String path) {
        HttpResponse<String> answer = http.get(path);
        assertThat(answer.statusCode()).as(path).isIn(200, 404);
        return Jsoup.parse(answer.body());
    }

    private double hits() {
        return meters.get("turath.kept.parts").tag("result", "hit").counter().count();
    }
}
