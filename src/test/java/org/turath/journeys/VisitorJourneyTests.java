package org.turath.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.turath.support.Browser;
import org.turath.support.BrowserJourney;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor in a real browser: Arabic first, the List, a heritage page, then French. */
class VisitorJourneyTests extends BrowserJourney {

    @Test
    void fromTheArabicHomePageToAHeritagePageAndOnToItsFrenchVersion() {
        browser.get(url("/ar/"));
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
        // right to left for real: the site title sits at the right-hand side of the header
        WebElement title = browser.findElement(By.className("site-title"));
        int windowWidth = browser.manage().window().getSize().getWidth();
        assertThat(title.getRect().getX() + title.getRect().getWidth()).isGreaterThan(windowWidth / 2);
        Browser.screenshot(browser, "home-ar");

        click(browser.findElement(By.linkText("القائمة")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ar/heritage"));
        WebElement first = browser.findElement(By.cssSelector(".heritage-cards h3 a"));
        String href = first.getDomAttribute("href");
        String reference = href.substring(href.lastIndexOf('/') + 1);
        Browser.screenshot(browser, "list-ar");
        click(first);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ar/heritage/" + reference));
        // the page shows where the item lies at once, drawn by the server; the interactive map loads on request
        assertThat(browser.findElements(By.cssSelector("#heritage-map svg.locator-map circle.pin"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("script[src*=leaflet]"))).isEmpty();
        WebElement explore = browser.findElement(By.cssSelector(".map-explore"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", explore);
        click(explore);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#heritage-map.map-ready")));
        assertThat(browser.findElements(By.cssSelector("#heritage-map .leaflet-interactive"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#heritage-map svg.locator-map"))).isEmpty();
        // the reader who pressed the button with the keyboard carries on in the map
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("heritage-map");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "heritage-ar");

        click(browser.findElement(By.cssSelector(".language-switch a[hreflang=fr]")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/fr/heritage/" + reference));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.cssSelector(".breadcrumb .active")).getText()).isEqualTo(reference);
        Browser.screenshot(browser, "heritage-fr");
    }

    @Test
    void theListIsUsableWithTheKeyboardAlone() {
        browser.get(url("/en/heritage"));
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
        Browser.screenshot(browser, "list-en");
    }
}
