package org.turath.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.Browser;
import org.turath.support.BrowserJourney;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat in a real browser, in Arabic: a new item typed side by side, placed on the map, published. */
class EditorJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a journey through the back office";

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheItem() {
        registry.remove(jdbc.queryForList("select reference from heritage_item where name_en = 'Journey caravanserai'", String.class));
    }

    @Test
    void theSecretariatDraftsAnItemInArabicPlacesItOnTheMapAndPublishesIt() {
        String email = "secretariat." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "الأمانة", PASSWORD, Language.AR, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(url("/ar/admin/heritage/new"));
        wait.until(ExpectedConditions.urlContains("/ar/login"));
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/ar/admin/heritage/new"));

        WebElement arabic = browser.findElement(By.id("f-nameAr"));
        WebElement english = browser.findElement(By.id("f-nameEn"));
        assertThat(arabic.getDomAttribute("dir")).isEqualTo("rtl");
        // side by side, right to left: Arabic first, at the right
        assertThat(arabic.getRect().getX()).isGreaterThan(english.getRect().getX());
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("TANGIBLE_CULTURAL");
        arabic.sendKeys("خان القوافل التجريبي");
        english.sendKeys("Journey caravanserai");
        browser.findElement(By.id("f-nameFr")).sendKeys("Caravansérail du parcours");
        new Select(browser.findElement(By.id("f-states"))).selectByValue("JO");

        // the Arabic description in the rich-text editor, right to left: a bold word, a list, and an English
        // quotation whose paragraph is turned left to right — no HTML typed
        WebElement description = browser.findElement(By.id("f-descriptionAr-editor"));
        assertThat(description.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("f-descriptionAr")).isDisplayed()).isFalse();
        WebElement toolbar = description.findElement(By.xpath("preceding-sibling::div[@role='toolbar']"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", description);
        description.click();
        description.sendKeys("خان على طريق القوافل ");
        toolbar.findElement(By.cssSelector("button[aria-label='غامق']")).click();
        description.sendKeys("مرمَّم");
        toolbar.findElement(By.cssSelector("button[aria-label='غامق']")).click();
        description.sendKeys(org.openqa.selenium.Keys.ENTER, "A caravanserai on the route");
        toolbar.findElement(By.cssSelector("button[aria-label^='اقلب اتجاه الفقرة']")).click();
        String typed = browser.findElement(By.id("f-descriptionAr")).getDomProperty("value");
        assertThat(typed).contains("<strong>مرمَّم</strong>").contains("dir=\"ltr\"").doesNotContain("<b>").doesNotContain("<div");

        // the map places the point of the field last focused
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pick-map.leaflet-container")));
        WebElement latitude = browser.findElement(By.id("f-latitude"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", latitude);
        latitude.click();
        WebElement map = browser.findElement(By.id("pick-map"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", map);
        new Actions(browser).moveToElement(map, 20, 10).click().perform();
        wait.until(driver -> !driver.findElement(By.id("f-latitude")).getDomProperty("value").isEmpty());
        assertThat(Double.parseDouble(browser.findElement(By.id("f-longitude")).getDomProperty("value"))).isBetween(-180.0, 180.0);
        assertThat(browser.findElement(By.id("pick-status")).getText()).startsWith("حُدّد الموقع عند");
        Browser.screenshot(browser, "admin-new-item-ar");

        WebElement save = browser.findElement(By.cssSelector("form.item-form button[type=submit]"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", save);
        save.click();
        wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("?saved"),
                ExpectedConditions.presenceOfElementLocated(By.id("error-summary"))));
        assertThat(browser.findElements(By.id("error-summary"))).as(() -> browser.findElement(By.id("error-summary")).getText()).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".alert-success[role=status]")).getText()).startsWith("تم الحفظ");
        String reference = browser.getCurrentUrl().replaceAll(".*/(IWH-\\d+)\\?saved$", "$1");

        browser.findElement(By.xpath("//form[contains(@action,'/publication')]//button[.='إرسال للمراجعة']")).click();
        wait.until(ExpectedConditions.urlContains("?moved"));
        // the address already says "?moved" from the step before: wait for the new page's badge itself (while
        // the old page goes, Chromium may answer about its elements with errors of any kind)
        browser.findElement(By.xpath("//form[contains(@action,'/publication')]//button[.='نشر']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBe(By.cssSelector(".workflow .badge"), "منشور"));
        Browser.screenshot(browser, "admin-item-published-ar");

        browser.get(url("/ar/heritage/" + reference));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("خان القوافل التجريبي");
        assertThat(browser.findElement(By.xpath("//strong[.='مرمَّم']")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.xpath("//p[@dir='ltr'][contains(., 'A caravanserai on the route')]")).isDisplayed()).isTrue();
        browser.get(url("/en/admin/heritage/" + reference + "/history"));
        assertThat(browser.findElements(By.cssSelector("article.revision"))).hasSize(3);
        Browser.screenshot(browser, "admin-history-en");
    }

    @Test
    void signingInKeepsTheLanguageOfThePageAndLandsOnTheRolesWorkspace() {
        // an account whose own language is English, signing in from a French page, then from an Arabic one
        String focal = "focal." + UUID.randomUUID() + "@example.org";
        accounts.create(focal, "Point focal", PASSWORD, Language.EN, "Ministère", Set.of(Role.FOCAL_POINT), Set.of("MA"));
        String editor = "editor." + UUID.randomUUID() + "@example.org";
        accounts.create(editor, "محرر", PASSWORD, Language.EN, "Centre", Set.of(Role.EDITOR), Set.of());

        browser.get(url("/fr/heritage"));
        browser.findElement(By.cssSelector(".account-links a[href='/fr/login']")).click();
        browser.findElement(By.id("login-email")).sendKeys(focal);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("/fr/admin/nominations"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        browser.manage().deleteAllCookies();

        browser.get(url("/ar/"));
        browser.findElement(By.cssSelector(".account-links a[href='/ar/login']")).click();
        browser.findElement(By.id("login-email")).sendKeys(editor);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("/ar/admin/heritage"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
    }
}
