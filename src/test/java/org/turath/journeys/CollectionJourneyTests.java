package org.turath.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.collections.CollectionTests;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.Browser;
import org.turath.support.BrowserJourney;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An object in a real browser: a curator describes it with its Arabic inscription and gives it a large image, the
 * secretariat publishes it, and a visitor finds it by searching the words of its inscription, zooms into its image and
 * opens its IIIF manifest.
 */
class CollectionJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a curator of the collection";

    @Autowired
    MuseumDesk museums;

    @Autowired
    AccountsApi accounts;

    @Test
    void aCuratorsObjectIsPublishedAndAVisitorFindsItByItsInscriptionZoomsItAndOpensItsManifest() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        registry.demoData();
        Actor keeper = new Actor("journey.collections@example.org", Set.of(Role.SECRETARIAT), Set.of());
        Museum museum = museums.create(keeper, Optional.empty(), new Museum.Details("dar-al-makhtutat-" + s,
                new LocalizedText("دار المخطوطات " + s, "House of Manuscripts " + s, null), MuseumKind.MANUSCRIPTS_LIBRARY, "MA",
                new LocalizedText("فاس", "Fez", "Fès"), 34.06, -4.97, null, null, null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), "https://example.org/source", Set.of()));
        museums.publish(keeper, museum.id(), museum.version(), true);
        String curator = "curator.collections." + s + "@example.org";
        accounts.create(curator, "Curator " + s, PASSWORD, Language.AR, "Dar", Set.of(Role.MUSEUM_CURATOR), Set.of());
        museums.addCurator(keeper, museum.id(), curator);
        String secretariat = "secretariat.collections." + s + "@example.org";
        accounts.create(secretariat, "Secretariat " + s, PASSWORD, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());

        signIn(curator, PASSWORD);
        browser.get(url("/ar/admin/collections/new"));
        browser.findElement(By.id("f-inventoryNumber")).sendKeys("MS-" + s);
        browser.findElement(By.id("title-ar")).sendKeys("مصحف مغربي " + s);
        browser.findElement(By.id("title-en")).sendKeys("Maghribi Qur'an " + s);
        browser.findElement(By.id("objectType-ar")).sendKeys("مخطوط");
        browser.findElement(By.id("f-inscription")).sendKeys("وقف على خزانة القرويين " + s);
        browser.findElement(By.id("f-inscriptionLanguage")).sendKeys("ar");
        click(browser.findElement(By.id("f-rightToLeft")));
        click(browser.findElement(By.cssSelector("main form[method=post]:not([enctype]) button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));

        // a large image (6,000 × 4,000 pixels) with its credit and text alternative
        Path image = Files.createTempFile("folio", ".png");
        Files.write(image, CollectionTests.png(6000, 4000));
        browser.findElement(By.id("i-image")).sendKeys(image.toString());
        browser.findElement(By.id("i-credit")).sendKeys("Dar al-Makhtutat " + s);
        browser.findElement(By.id("i-alt-ar")).sendKeys("الورقة الأولى من المصحف");
        click(browser.findElement(By.cssSelector("form[enctype] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?image"));
        Files.deleteIfExists(image);
        String admin = browser.getCurrentUrl().replaceAll("\\?.*", "");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector(".admin-images .text-bg-success")).isEmpty();
        });
        Browser.screenshot(browser, "collections-admin-ar");

        // an import with a mistake: the file is refused and the problem shown by row and column
        Path file = Files.createTempFile("objects", ".csv");
        Files.writeString(file, "museum,inventory_number,title_ar,type_ar,height_cm\n" + museum.reference() + ",MS-I-" + s
                + ",مخطوط " + s + ",مخطوط,-3\n");
        browser.get(url("/ar/admin/collections/import"));
        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
        assertThat(browser.findElement(By.cssSelector("#import-problems tbody")).getText()).contains("height_cm");
        Browser.screenshot(browser, "collections-import-refused-ar");
        Files.deleteIfExists(file);
        signOut();

        signIn(secretariat, PASSWORD);
        browser.get(admin.replace("/ar/", "/en/"));
        click(browser.findElement(By.cssSelector("form[action$=publication] button")));
        waitFor(ExpectedConditions.urlContains("?published"));
        signOut();

        // the museum's page (kept for visitors) shows the object among those of its collection
        browser.get(url("/ar/museums/" + museum.reference()));
        assertThat(browser.findElements(By.cssSelector("#museum-objects-heading ~ ul a"))).extracting(e -> e.getText())
                .contains("مصحف مغربي " + s);

        browser.get(url("/ar/search?q=" + java.net.URLEncoder.encode("خزانة القرويين " + s, java.nio.charset.StandardCharsets.UTF_8)));
        click(browser.findElement(By.partialLinkText("مصحف مغربي " + s)));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("blockquote.inscription[lang=ar][dir=rtl]")));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('object-viewer').scrollIntoView({block: 'center'})");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#object-viewer.viewer-ready")));
        double before = ((Number) ((JavascriptExecutor) browser).executeScript("return TurathViewer.viewport.getZoom(true)")).doubleValue();
        click(browser.findElement(By.id("viewer-zoom-in")));
        click(browser.findElement(By.id("viewer-zoom-in")));
        // the viewer animates to the new zoom: wait until the image is drawn at more than twice the scale
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return TurathViewer.viewport.getZoom(true)")).doubleValue() > before * 2);
        Browser.screenshot(browser, "collections-object-ar");

        click(browser.findElement(By.cssSelector("a.iiif-link")));
        waitFor(ExpectedConditions.urlContains("/iiif/3/manifests/"));
        String manifest = browser.findElement(By.tagName("body")).getText();
        assertThat(manifest).contains("\"type\":\"Manifest\"", "\"viewingDirection\":\"right-to-left\"", "Dar al-Makhtutat " + s);
    }
}
