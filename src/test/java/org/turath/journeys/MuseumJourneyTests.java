package org.turath.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import org.turath.support.BrowserJourney;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A museum in a real browser: its curator writes its opening hours in Arabic, the secretariat publishes it, and a
 * visitor finds it in the directory of its state and on its map, reads the hours on its page, and sees it on the map of
 * the List as a layer they can hide and show again.
 */
class MuseumJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a curator of the museum of fez";

    @Autowired
    MuseumDesk museums;

    @Autowired
    AccountsApi accounts;

    @Test
    void aCuratorsHoursArePublishedAndAVisitorFindsTheMuseumInTheDirectoryAndOnTheMaps() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        registry.demoData();
        Actor secretariat = new Actor("journey.secretariat@example.org", Set.of(Role.SECRETARIAT), Set.of());
        Museum museum = museums.create(secretariat, Optional.empty(), new Museum.Details("dar-test-" + s,
                new LocalizedText("دار الاختبار " + s, "Dar Test " + s, null), MuseumKind.ETHNOGRAPHY, "MA",
                new LocalizedText("بني ملال", "Beni Mellal", "Béni Mellal"), 32.34, -6.36, null, null, null, LocalizedText.empty(),
                LocalizedText.empty(), LocalizedText.empty(), "https://example.org/source", Set.of(registry.referenceOf(170))));
        String curator = "curator." + s + "@example.org";
        accounts.create(curator, "Curator " + s, PASSWORD, Language.AR, "Dar Test", Set.of(Role.MUSEUM_CURATOR), Set.of());
        museums.addCurator(secretariat, museum.id(), curator);

        signIn(curator, PASSWORD);
        browser.get(url("/ar/admin/museums"));
        click(browser.findElement(By.linkText("دار الاختبار " + s)));
        browser.findElement(By.id("hours-ar")).sendKeys("كل يوم ما عدا الثلاثاء، من التاسعة إلى الخامسة");
        click(browser.findElement(By.cssSelector("main form[method=post]:not([action$=publication]) button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));
        assertThat(browser.findElement(By.id("hours-ar")).getAttribute("value")).startsWith("كل يوم");
        signOut();

        Museum saved = museums.museum(secretariat, museum.id());
        museums.publish(secretariat, museum.id(), saved.version(), true);

        browser.get(url("/ar/museums?state=MA"));
        waitFor(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("museums-map")), "data-marker-count"));
        assertThat(Integer.parseInt(browser.findElement(By.id("museums-map")).getAttribute("data-marker-count"))).isPositive();
        click(browser.findElement(By.partialLinkText("دار الاختبار " + s)));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("كل يوم ما عدا الثلاثاء", "بني ملال");

        browser.get(url("/en/map"));
        waitFor(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("results-map")), "data-museum-count"));
        assertThat(Integer.parseInt(browser.findElement(By.id("results-map")).getAttribute("data-museum-count"))).isPositive();
        // once the map has framed the List's markers (it does so when they arrive, which may be after the museums):
        // zoomed in where no heritage item is near, the museum stands alone as a square marker; its box hides the layer
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map.map-ready")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('results-map').turathMap.fitBounds([[32.2, -6.5], [32.5, -6.2]]);");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map .map-dot.kind-museum")));
        click(browser.findElement(By.id("layer-museum")));
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results-map .kind-museum"), 0));
        click(browser.findElement(By.id("layer-museum")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map .map-dot.kind-museum")));
    }
}
