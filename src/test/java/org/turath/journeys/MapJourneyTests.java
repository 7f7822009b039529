package org.turath.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.turath.support.Browser;
import org.turath.support.BrowserJourney;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results map in a real browser, right to left: markers appear, "search this area" narrows the list; on a phone
 * the server's drawing comes first and the interactive map when the reader asks for it.
 */
class MapJourneyTests extends BrowserJourney {

    @Test
    void markersAppearAndSearchingThisAreaNarrowsTheList() throws InterruptedException {
        browser.get(url("/ar/map"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map.map-ready")));
        assertThat(Integer.parseInt(map.getDomAttribute("data-marker-count"))).isEqualTo(246);
        assertThat(browser.findElements(By.cssSelector("#results-map .marker-cluster, #results-map .map-dot"))).isNotEmpty();
        String before = browser.findElement(By.id("map-results-heading")).getText();
        Thread.sleep(1000);
        assertThat(browser.findElement(By.id("search-this-area")).isDisplayed()).as("offered only once the reader moves the map").isFalse();
        Browser.screenshot(browser, "map-ar");

        // the reader pans and zooms to Morocco (at a zoom where the map, as large as the window allows, shows no
        // neighbour's heritage), then asks for this area
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('results-map').turathMap.setView([31.8, -7.1], 7);");
        WebElement searchArea = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-this-area")));
        // the button sits under the map, below the window's lower edge: the reader scrolls to it first (at once:
        // Bootstrap makes scrolling smooth, and a click in the middle of the glide would land elsewhere)
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", searchArea);
        wait.until(ExpectedConditions.elementToBeClickable(searchArea)).click();
        wait.until(ExpectedConditions.urlContains("box="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map.map-ready")));

        String after = browser.findElement(By.id("map-results-heading")).getText();
        assertThat(after).isNotEqualTo(before);
        List<WebElement> hits = browser.findElements(By.cssSelector(".search-hit"));
        assertThat(hits).isNotEmpty().hasSizeLessThan(30);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.getText()).contains("المغرب"));
        int markers = Integer.parseInt(browser.findElement(By.id("results-map")).getDomAttribute("data-marker-count"));
        assertThat(markers).isEqualTo(hits.size());
        Browser.screenshot(browser, "map-ar-morocco");
    }

    @Test
    void onAPhoneTheMapShowsWhereTheResultsAreAndLoadsTheInteractiveMapWhenAsked() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/ar/map"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement explore = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".map-explore")));
        // the first view is the server's drawing: spots where the results are, and no map library fetched
        assertThat(browser.findElements(By.cssSelector("#results-map svg.overview .spot, #results-map svg.overview .spot-group"))).isNotEmpty();
        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertThat(script.executeScript("return typeof L === 'undefined'"
                + " && !performance.getEntriesByType('resource').some(r => r.name.includes('leaflet'))")).isEqualTo(true);
        assertThat(script.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        Browser.screenshot(browser, "map-ar-phone");

        // the reader asks for the map by keyboard: it loads in the drawing's place, with every result, and takes the focus
        explore.sendKeys(Keys.ENTER);
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map.map-ready")));
        assertThat(Integer.parseInt(map.getDomAttribute("data-marker-count"))).isEqualTo(246);
        assertThat(browser.findElements(By.cssSelector("#results-map svg.overview"))).isEmpty();
        assertThat(explore.isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("results-map");
        Browser.screenshot(browser, "map-ar-phone-explored");
    }

    @Test
    void namesOnTheMapAreShownAsTextNeverAsMarkup() {
        browser.get(url("/en/map"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-map.map-ready")));
        // the portal's own marker, given a name that a probe put into a component: its tooltip shows the name's characters
        Object shown = ((JavascriptExecutor) browser).executeScript("""
                var div = document.createElement('div');
                div.style.width = '300px'; div.style.height = '200px';
                document.body.appendChild(div);
                var map = TurathMap.create(div, {center: [30, 10], zoom: 3});
                var name = '<b id="injected">x</b><meta http-equiv="refresh" content="0;url=/en/login">';
                var marker = TurathMap.marker([30, 10], name).addTo(map);
                marker.openTooltip();
                return [document.getElementById('injected') === null, document.querySelector('.leaflet-tooltip').textContent === name,
                        document.querySelectorAll('body meta[http-equiv]').length];""");
        assertThat(shown).asList().containsExactly(true, true, 0L);
    }
}
