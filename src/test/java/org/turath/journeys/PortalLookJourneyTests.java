package org.turath.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.registry.internal.media.MediaLibrary;
import org.turath.shared.LocalizedText;
import org.turath.support.Browser;
import org.turath.support.BrowserJourney;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a reader sees it, on a desktop and on a phone: the header's height, the menu button, nothing wider than
 * a small phone, markers people can hit, pictures on heritage pages. Screenshots go to {@code target/screenshots/}.
 */
class PortalLookJourneyTests extends BrowserJourney {

    /** The heritage page shown with a photograph (Kairouan) and one shown with its generated banner (Ichkeul). */
    private static final String WITH_PHOTO = "IWH-0075";
    private static final String WITHOUT_PHOTO = "IWH-0001";

    @Autowired
    MediaLibrary media;

    @Autowired
    org.turath.registry.RegistryApi registryApi;

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private double number(String script, Object... arguments) {
        return ((Number) js().executeScript(script, arguments)).doubleValue();
    }

    @Test
    void typingInTheSearchBoxOffersNamesInAnyLanguageAndSaysHowMany() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/en/"));
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("pers");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> !driver.findElements(By.cssSelector("#search-suggestions option")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#search-suggestions option")))
                .extracting(option -> option.getDomAttribute("value")).contains("Persepolis");
        // the count is said to screen readers in the page's language, and the box still points at it
        wait.until(driver -> !driver.findElement(By.id("search-suggestions-status")).getDomProperty("textContent").isBlank());
        assertThat(box.getDomAttribute("list")).isEqualTo("search-suggestions");
        assertThat(box.getDomAttribute("aria-describedby")).isEqualTo("search-suggestions-status");

        // no framework is fetched for it
        assertThat(number("return performance.getEntriesByType('resource').filter(e => e.name.includes('htmx')).length;")).isZero();
    }

    @Test
    void onAPhoneTheHeaderIsSmallAndTheMenuButtonOpensTheNavigation() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/ar/"));
        double viewport = number("return window.innerHeight;");
        double header = number("return document.querySelector('.site-header').getBoundingClientRect().height;");
        assertThat(header).as("header height at 390 × %s", viewport).isLessThanOrEqualTo(0.2 * 844);
        assertThat(number("return document.querySelector('.brand-name').getClientRects().length;"))
                .as("the site's name on one line").isEqualTo(1);

        WebElement button = browser.findElement(By.cssSelector(".menu-toggle"));
        WebElement trainings = browser.findElement(By.cssSelector("#site-nav a[href='/ar/trainings']"));
        assertThat(trainings.isDisplayed()).isFalse();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(24);
        Browser.screenshot(browser, "phone-home-ar");

        button.click();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(trainings.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("site-search-q")).isDisplayed()).as("search comes with the menu").isTrue();
        List<WebElement> links = browser.findElements(By.cssSelector("#site-nav a"));
        assertThat(links).allSatisfy(link -> assertThat(link.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(24));
        Browser.screenshot(browser, "phone-home-ar-menu");

        // Escape closes it and gives the focus back to the button
        trainings.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(trainings.isDisplayed()).isFalse();
    }

    @Test
    void nothingIsWiderThanASmallPhone() throws Exception {
        addPhotograph();
        browser.manage().window().setSize(new Dimension(320, 700));
        for (String path : List.of("/ar/", "/fr/", "/ar/heritage/" + WITH_PHOTO, "/en/heritage/" + WITHOUT_PHOTO, "/ar/heritage",
                "/ar/map", "/fr/news", "/ar/trainings", "/ar/figures", "/en/figures")) {
            browser.get(url(path));
            double overflow = number("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal scroll on %s at 320 px", path).isLessThanOrEqualTo(0);
        }
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/ar/heritage/" + WITH_PHOTO));
        Browser.screenshot(browser, "phone-heritage-ar");
    }

    @Test
    void heritagePagesShowTheirPhotographOrTheirGeneratedPattern() throws Exception {
        addPhotograph();
        browser.manage().window().setSize(new Dimension(1366, 1000));
        browser.get(url("/ar/heritage/" + WITHOUT_PHOTO));
        WebElement pattern = browser.findElement(By.cssSelector(".item-banner img"));
        assertThat(pattern.getDomAttribute("src")).isEqualTo("/art/heritage/" + WITHOUT_PHOTO + ".svg");
        assertThat(number("return arguments[0].naturalWidth;", pattern)).as("the pattern is drawn").isGreaterThan(0);
        assertThat(pattern.getSize().getHeight()).isGreaterThan(100);
        Browser.screenshot(browser, "heritage-without-photo-ar");
        browser.get(url("/en/heritage/" + WITHOUT_PHOTO));
        Browser.screenshot(browser, "heritage-without-photo-en");

        browser.get(url("/ar/heritage/" + WITH_PHOTO));
        WebElement photo = browser.findElement(By.cssSelector(".item-banner img"));
        assertThat(photo.getDomAttribute("src")).startsWith("/media/");
        assertThat(number("return arguments[0].naturalWidth;", photo)).as("the photograph is drawn").isGreaterThan(0);
        assertThat((String) js().executeScript("return arguments[0].currentSrc;", photo)).as("a desktop reads the middle size")
                .endsWith("/medium");
        assertThat(photo.getDomAttribute("srcset")).contains("/thumb 480w", "/medium 1200w");
        assertThat(browser.findElement(By.cssSelector(".item-banner-credit")).getText()).contains("Turath test", "CC BY-SA 4.0");
        assertThat(browser.findElement(By.cssSelector(".item-banner-credit a[rel=license]")).getDomAttribute("href"))
                .isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
        Browser.screenshot(browser, "heritage-with-photo-ar");
        browser.get(url("/en/heritage/" + WITH_PHOTO));
        Browser.screenshot(browser, "heritage-with-photo-en");

        // the cards of the List show the photograph where there is one, the pattern elsewhere
        browser.get(url("/en/"));
        List<WebElement> featured = browser.findElements(By.cssSelector("#featured-heading ~ ul .card-img-top"));
        assertThat(featured).hasSize(3);
        assertThat(featured.get(0).getDomAttribute("src")).startsWith("/media/");
        assertThat(featured.get(1).getDomAttribute("src")).endsWith(".svg");
        Browser.screenshot(browser, "home-en");
        browser.get(url("/ar/"));
        Browser.screenshot(browser, "home-ar");
    }

    @Test
    void markersOnTheMapAreDotsPeopleCanHit() {
        browser.manage().window().setSize(new Dimension(1366, 1000));
        browser.get(url("/ar/map"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map.map-ready")));
        // zoomed into the Maghreb, single markers stand apart from the clusters
        js().executeScript("document.getElementById('results-map').turathMap.fitBounds([[27.7, -13.2], [35.9, -1.0]]);");
        // the cluster layer redraws its markers while it settles after the zoom, so one marker is measured in one
        // script, against the page as it is at that instant, instead of through an element that may be replaced
        @SuppressWarnings("unchecked")
        Map<String, Object> dot = (Map<String, Object>) wait.until(driver -> js().executeScript("""
                const dot = document.querySelector('#results-map .map-dot');
                if (!dot || !dot.querySelector('span')) return null;
                const outer = dot.getBoundingClientRect(), inner = dot.querySelector('span').getBoundingClientRect();
                if (outer.width === 0) return null;
                return {width: outer.width, height: outer.height, innerWidth: inner.width, innerHeight: inner.height,
                        className: dot.getAttribute('class')};
                """));
        assertThat(((Number) dot.get("width")).doubleValue()).as("target width").isGreaterThanOrEqualTo(24);
        assertThat(((Number) dot.get("height")).doubleValue()).as("target height").isGreaterThanOrEqualTo(24);
        assertThat(((Number) dot.get("innerWidth")).doubleValue()).isBetween(14.0, 24.0);
        assertThat(((Number) dot.get("innerHeight")).doubleValue()).isBetween(14.0, 24.0);
        assertThat((String) dot.get("className")).contains("kind-");
        assertThat(browser.findElements(By.cssSelector(".map-legend li"))).hasSizeGreaterThanOrEqualTo(7);
        // country names, in Arabic, once zoomed in
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map.labels-on")));
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) js().executeScript(
                "return [...document.querySelectorAll('#results-map .country-label span')].map(label => label.textContent.trim());");
        assertThat(labels).contains((Object) "المغرب");
        Browser.screenshot(browser, "map-ar-maghreb");
        // the list beside the map counts what the map shows
        js().executeScript("document.getElementById('results-map').turathMap.setView([25, 35], 2);");
        browser.get(url("/ar/map"));
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map.map-ready")));
        assertThat(browser.findElement(By.id("map-results-heading")).getText())
                .startsWith(map.getDomAttribute("data-marker-count") + " ");
        Browser.screenshot(browser, "map-ar");
    }

    /** Kairouan gets a photograph with its credit, as the secretariat would upload it. */
    private void addPhotograph() throws Exception {
        if (!registryApi.images(WITH_PHOTO).isEmpty()) {
            return;
        }
        BufferedImage image = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0xc9a646), 1200, 700, new Color(0x0b5d52)));
        graphics.fillRect(0, 0, 1200, 700);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        media.add(new Actor("secretariat.look@example.org", Set.of(Role.SECRETARIAT), Set.of()), WITH_PHOTO,
                new ByteArrayInputStream(png.toByteArray()), "kairouan.png", new LocalizedText("القيروان", "Kairouan", "Kairouan"),
                "© Turath test", org.turath.registry.ImageLicence.CC_BY_SA_4_0);
    }
}
