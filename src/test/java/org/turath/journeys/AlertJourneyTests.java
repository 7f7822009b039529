package org.turath.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.alerts.AlertTests;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.Browser;
import org.turath.support.BrowserJourney;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A theft in a real browser: a museum's curator reports it with a photograph and sends it, the secretariat verifies and
 * publishes it, and a visitor who was offered the object photographs it and finds the alert through "check an object".
 */
class AlertJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a curator reports a theft";

    @Autowired
    MuseumDesk museums;

    @Autowired
    AccountsApi accounts;

    @Test
    void aCuratorReportsATheftTheSecretariatVerifiesItAndAVisitorsPhotographFindsIt() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        Actor keeper = new Actor("journey.alerts@example.org", Set.of(Role.SECRETARIAT), Set.of());
        Museum museum = museums.create(keeper, Optional.empty(), new Museum.Details("musee-des-oudayas-" + s,
                new LocalizedText("متحف الأوداية " + s, "Oudayas Museum " + s, null), MuseumKind.ETHNOGRAPHY, "MA",
                new LocalizedText("الرباط", "Rabat", "Rabat"), 34.03, -6.84, null, null, null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), "https://example.org/source", Set.of()));
        museums.publish(keeper, museum.id(), museum.version(), true);
        String curator = "curator.alerts." + s + "@example.org";
        accounts.create(curator, "Curator " + s, PASSWORD, Language.AR, "Oudayas", Set.of(Role.MUSEUM_CURATOR), Set.of());
        museums.addCurator(keeper, museum.id(), curator);
        String secretariat = "secretariat.alerts." + s + "@example.org";
        accounts.create(secretariat, "Secretariat " + s, PASSWORD, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());

        // the curator reports the theft, in Arabic, with a photograph from the museum's inventory
        signIn(curator, PASSWORD);
        browser.get(url("/ar/admin/alerts/new"));
        new Select(browser.findElement(By.id("f-event"))).selectByValue("STOLEN");
        browser.findElement(By.id("f-reporter")).sendKeys("متحف الأوداية");
        browser.findElement(By.id("title-ar")).sendKeys("حلي فضية أمازيغية " + s);
        browser.findElement(By.id("objectType-ar")).sendKeys("حلي");
        browser.findElement(By.id("description-ar")).sendKeys("فبيلة فضية مرصعة بالمينا الخضراء والصفراء");
        click(browser.findElement(By.cssSelector("main form[method=post][novalidate] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));
        BufferedImage photograph = AlertTests.picture(s.hashCode(), 1000, 800);
        Path file = Files.createTempFile("fibula", ".png");
        Files.write(file, AlertTests.encode(photograph, "png"));
        browser.findElement(By.id("p-photo")).sendKeys(file.toString());
        browser.findElement(By.id("p-credit")).sendKeys("متحف الأوداية");
        browser.findElement(By.id("p-alt-ar")).sendKeys("الفبيلة من الأمام");
        click(browser.findElement(By.cssSelector("form[enctype] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?photo"));
        Files.deleteIfExists(file);
        click(browser.findElement(By.cssSelector("form[action$=submit] button")));
        waitFor(ExpectedConditions.urlContains("?submitted"));
        String admin = browser.getCurrentUrl().replaceAll("\\?.*", "");
        signOut();

        // the secretariat verifies and publishes it
        signIn(secretariat, PASSWORD);
        browser.get(admin.replace("/ar/", "/en/"));
        click(browser.findElement(By.cssSelector("form[action$=review] button[value=publish]")));
        waitFor(ExpectedConditions.urlContains("?published"));
        String reference = browser.findElement(By.linkText("Public page")).getAttribute("href").replaceAll(".*/", "");
        signOut();

        // a visitor photographs what they were offered and checks it
        Path taken = Files.createTempFile("offered", ".jpg");
        Files.write(taken, AlertTests.retaken(photograph, 0.5));
        browser.get(url("/en/alerts/check"));
        browser.findElement(By.id("c-photo")).sendKeys(taken.toString());
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("check-results")));
        Files.deleteIfExists(taken);
        assertThat(browser.findElement(By.id("results")).getText()).contains("Photograph similar", "Your photograph was compared and is not kept.");
        Browser.screenshot(browser, "alerts-check-en");
        click(browser.findElement(By.cssSelector(".check-results a[href$='/alerts/" + reference + "']")));
        waitFor(ExpectedConditions.urlContains("/en/alerts/" + reference));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("حلي فضية أمازيغية " + s);
        assertThat(browser.findElements(By.cssSelector(".alert-photos img"))).hasSize(1);

        // the museum's page, kept for visitors, shows it at once among the objects stolen from it
        browser.get(url("/en/museums/" + museum.reference()));
        assertThat(browser.findElements(By.cssSelector("#museum-alerts-heading ~ ul a[href$='/alerts/" + reference + "']"))).hasSize(1);
    }
}
