package org.turath.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.Browser;
import org.turath.support.BrowserJourney;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exhibition in a real browser: a curator composes it — its title, then a section per stop with the heritage it
 * shows — the secretariat publishes it, and a visitor reading Arabic takes the guided tour with the keyboard (the left
 * arrow goes forward, as Arabic reads), then one reading English (the right arrow goes forward).
 */
class ExhibitionJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a curator of exhibitions";

    @Autowired
    MuseumDesk museums;

    @Autowired
    AccountsApi accounts;

    @Test
    void aCuratorsExhibitionIsPublishedAndVisitorsTakeItsTourWithTheKeyboardInBothDirections() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        registry.demoData();
        Actor keeper = new Actor("journey.exhibitions@example.org", Set.of(Role.SECRETARIAT), Set.of());
        Museum museum = museums.create(keeper, Optional.empty(), new Museum.Details("bait-al-tarikh-" + s,
                new LocalizedText("بيت التاريخ " + s, "House of History " + s, null), MuseumKind.NATIONAL, "JO",
                new LocalizedText("عمّان", "Amman", "Amman"), 31.95, 35.93, null, null, null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), null, Set.of()));
        museums.publish(keeper, museum.id(), museum.version(), true);
        String curator = "curator.exhibitions." + s + "@example.org";
        accounts.create(curator, "Curator " + s, PASSWORD, Language.AR, "Bait", Set.of(Role.MUSEUM_CURATOR), Set.of());
        museums.addCurator(keeper, museum.id(), curator);
        String secretariat = "secretariat.exhibitions." + s + "@example.org";
        accounts.create(secretariat, "Secretariat " + s, PASSWORD, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());

        signIn(curator, PASSWORD);
        browser.get(url("/ar/admin/exhibitions/new"));
        browser.findElement(By.id("title-ar")).sendKeys("مدن الأنباط " + s);
        browser.findElement(By.id("title-en")).sendKeys("Nabataean cities " + s);
        browser.findElement(By.id("introduction-ar")).sendKeys("البتراء ومدائن صالح.");
        click(browser.findElement(By.cssSelector("main form[method=post] button.btn-primary[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));
        String admin = browser.getCurrentUrl().replaceAll("\\?.*", "");
        String[][] stops = {{"البتراء", registry.referenceOf(326)}, {"الحِجر", registry.referenceOf(1293)}};
        for (String[] stop : stops) {
            browser.get(admin + "/sections/new");
            browser.findElement(By.id("title-ar")).sendKeys(stop[0]);
            choose("piece-kind-0", "HERITAGE");
            browser.findElement(By.id("piece-reference-0")).sendKeys(stop[1]);
            browser.findElement(By.id("piece-caption-0-ar")).sendKeys("عاصمة الأنباط");
            click(browser.findElement(By.cssSelector("main form button.btn-primary[type=submit]")));
            waitFor(ExpectedConditions.urlContains("?saved"));
        }
        Browser.screenshot(browser, "exhibitions-section-ar");
        signOut();

        signIn(secretariat, PASSWORD);
        browser.get(admin.replace("/ar/", "/en/"));
        click(browser.findElement(By.cssSelector("form[action$=publication] button")));
        waitFor(ExpectedConditions.urlContains("?published"));
        String reference = browser.findElement(By.cssSelector("input[name=reference]")).getAttribute("value");
        signOut();

        browser.get(url("/ar/exhibitions/" + reference));
        assertThat(browser.findElements(By.cssSelector(".exhibition-section h2"))).extracting(e -> e.getText())
                .containsExactly("البتراء", "الحِجر");
        click(browser.findElement(By.cssSelector("a[href$='/tour/1']")));
        waitFor(ExpectedConditions.urlContains("/tour/1"));
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        waitFor(ExpectedConditions.urlContains("/tour/2"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("الحِجر");
        Browser.screenshot(browser, "exhibitions-tour-ar");
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        waitFor(ExpectedConditions.urlContains("/tour/1"));

        browser.get(url("/en/exhibitions/" + reference + "/tour/1"));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        waitFor(ExpectedConditions.urlContains("/en/exhibitions/" + reference + "/tour/2"));
        // at the last stop, the key forward goes nowhere; the link says the tour ends
        assertThat(browser.findElements(By.cssSelector("a[rel=next]"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".tour-nav")).getText()).contains("End of the tour");
    }
}
