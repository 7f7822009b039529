package org.turath.journeys;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.support.BrowserJourney;
import org.turath.support.Mailbox;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A condition report's way in a real browser: a focal point writes it in Arabic on a phone-sized screen, an expert
 * checks it, the secretariat publishes it, and a visitor finds it on the item's page and on the map of heritage at risk.
 */
class RiskJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a report from the field, checked twice";

    @Autowired
    AccountsApi accounts;

    @Autowired
    RegistryApi items;

    @Test
    void aFocalPointsArabicReportFromAPhoneIsCheckedPublishedAndFoundOnTheItemAndTheMap() {
        String item = registry.referenceOf(20);
        String state = items.find(item).orElseThrow().states().get(0);
        String focal = account(Role.FOCAL_POINT, Set.of(state));
        String expert = account(Role.EVALUATOR, Set.of());
        String secretariat = account(Role.SECRETARIAT, Set.of());
        browser.manage().window().setSize(new Dimension(390, 844));

        signIn(focal);
        browser.get(url("/ar/admin/risk/new?item=" + item));
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("dir")).isEqualTo("rtl");
        date("f-assessedOn", LocalDate.now().minusDays(4));
        choose("f-assessment", "field-visit");
        browser.findElement(By.id("f-assessor")).sendKeys("إدارة الآثار");
        choose("f-condition", "very-bad");
        choose("f-extent", "31-60");
        choose("f-priority", "immediate");
        browser.findElement(By.id("summary-ar")).sendKeys("انهيار جزء من السور الشرقي بعد الأمطار الغزيرة");
        choose("cause-factor-0", "10.2");
        choose("cause-certainty-0", "high");
        choose("threat-factor-0", "7.6");
        choose("threat-probability-0", "probable");
        click(browser.findElement(By.cssSelector("label[for=effect-collapse]")));
        browser.findElement(By.id("action-ar")).sendKeys("تدعيم السور وتغطيته قبل الشتاء");
        browser.findElement(By.id("f-sources")).sendKeys("تقرير البعثة الميدانية، " + LocalDate.now().minusDays(3));
        click(browser.findElement(By.cssSelector("main form[action$='/admin/risk/new'] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));
        String report = browser.getCurrentUrl().replaceAll(".*/admin/risk/([0-9a-f-]{36}).*", "$1");
        click(browser.findElement(By.cssSelector("button[name=action][value=submit]")));
        waitFor(ExpectedConditions.urlContains("?done=submit"));
        signOut();

        signIn(expert);
        browser.get(url("/en/admin/risk/" + report));
        browser.findElement(By.id("step-comment")).sendKeys("Compared with the imagery of last spring");
        click(browser.findElement(By.cssSelector("button[name=action][value=verify]")));
        waitFor(ExpectedConditions.urlContains("?done=verify"));
        signOut();

        signIn(secretariat);
        browser.get(url("/fr/admin/risk/" + report));
        click(browser.findElement(By.cssSelector("button[name=action][value=publish]")));
        waitFor(ExpectedConditions.urlContains("?done=publish"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Publié");
        signOut();

        // a visitor, in Arabic, on the phone
        browser.get(url("/ar/heritage/" + item));
        click(browser.findElement(By.cssSelector("a.section-link[href='#conservation-heading']")));
        WebElement timeline = browser.findElement(By.cssSelector(".conservation-timeline"));
        assertThat(timeline.getText()).contains("سيئة جدًا", "10.2 الفيضانات");
        click(timeline.findElement(By.cssSelector("a[href='/ar/heritage-at-risk/reports/" + report + "']")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("انهيار جزء من السور الشرقي بعد الأمطار الغزيرة", "تدعيم السور وتغطيته قبل الشتاء", "فورية");

        browser.get(url("/ar/heritage-at-risk?state=" + state));
        assertThat(browser.findElements(By.cssSelector(".risk-card a[href='/ar/heritage-at-risk/reports/" + report + "']"))).hasSize(1);
        WebElement map = browser.findElement(By.id("heritage-map"));
        assertThat(map.findElements(By.cssSelector("svg.locator-map circle.pin"))).isNotEmpty();
        WebElement explore = browser.findElement(By.cssSelector(".map-explore"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", explore);
        click(explore);
        waitFor(ExpectedConditions.attributeContains(map, "class", "map-ready"));
        assertThat(map.findElements(By.cssSelector(".leaflet-interactive"))).isNotEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aReportSavedWhenTheConnectionDropsIsKeptOnThePhoneAndArrivesWhenItIsBack() {
        String item = registry.referenceOf(20);
        String state = items.find(item).orElseThrow().states().get(0);
        String focal = account(Role.FOCAL_POINT, Set.of(state));
        String assessor = "فريق ميداني " + UUID.randomUUID().toString().substring(0, 6);
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn(focal);
        browser.get(url("/ar/admin/risk/new?item=" + item));
        date("f-assessedOn", LocalDate.now().minusDays(1));
        choose("f-assessment", "field-visit");
        browser.findElement(By.id("f-assessor")).sendKeys(assessor);
        choose("f-condition", "poor");
        choose("f-extent", "1-10");
        browser.findElement(By.id("summary-ar")).sendKeys("تشققات في القبة بعد الهزة");
        choose("cause-factor-0", "10.1");
        choose("cause-certainty-0", "medium");
        browser.findElement(By.id("f-sources")).sendKeys("ملاحظات الفريق الميداني، " + LocalDate.now().minusDays(1));
        // a photograph from the phone's camera goes with it
        browser.findElement(By.id("fp-file")).sendKeys(photoFile().toString());
        browser.findElement(By.id("fp-caption")).sendKeys("القبة من الجهة الشمالية");
        browser.findElement(By.id("fp-credit")).sendKeys("الفريق الميداني");
        // and where the team stands, from the phone's location
        org.openqa.selenium.chromium.ChromiumDriver chromium = (org.openqa.selenium.chromium.ChromiumDriver) browser;
        chromium.executeCdpCommand("Browser.grantPermissions", java.util.Map.of("permissions", java.util.List.of("geolocation"),
                "origin", url("").replaceAll("/$", "")));
        chromium.executeCdpCommand("Emulation.setGeolocationOverride", java.util.Map.of("latitude", 36.1999, "longitude", 37.1631,
                "accuracy", 12));
        click(browser.findElement(By.id("use-position")));
        waitFor(ExpectedConditions.attributeToBe(By.id("r-latitude"), "value", "36.199900"));
        assertThat(browser.findElement(By.id("position-status")).getText()).contains("12");

        // the connection drops as the report is saved: nothing is lost, the phone says so
        org.openqa.selenium.chromium.ChromiumNetworkConditions offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        ((org.openqa.selenium.chromium.HasNetworkConditions) browser).setNetworkConditions(offline);
        click(browser.findElement(By.cssSelector("main form[action$='/admin/risk/new'] button[type=submit]")));
        WebElement status = browser.findElement(By.id("offline-status"));
        waitFor(ExpectedConditions.visibilityOf(status));
        assertThat(status.getText()).startsWith("لا يوجد اتصال");
        assertThat(jdbc.queryForObject("select count(*) from risk_report where assessor = ?", Integer.class, assessor)).isZero();

        // back: the report arrives, once, and the page opens it
        ((org.openqa.selenium.chromium.HasNetworkConditions) browser).deleteNetworkConditions();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("?saved"));
        assertThat(jdbc.queryForObject("select count(*) from risk_report where assessor = ?", Integer.class, assessor)).isEqualTo(1);
        assertThat(browser.findElement(By.id("f-assessor")).getAttribute("value")).isEqualTo(assessor);
        // with its photograph, kept on the phone while it was offline
        assertThat(jdbc.queryForObject("select count(*) from risk_report_photo p join risk_report r on r.id = p.report_id"
                + " where r.assessor = ?", Integer.class, assessor)).isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("#photos img")).getAttribute("alt")).isEqualTo("القبة من الجهة الشمالية");
        assertThat(jdbc.queryForObject("select longitude from risk_report where assessor = ?", Double.class, assessor)).isEqualTo(37.1631);
        assertThat(browser.findElement(By.id("photos")).getText()).contains("بعد الضرر", "الفريق الميداني");
    }

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void aVisitorsPhotographFromAPhoneGoesThroughModerationOntoTheItemsPage() throws Exception {
        String item = registry.referenceOf(194);
        String email = "journey.visitor." + UUID.randomUUID() + "@example.org";
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/ar/heritage/" + item));
        click(browser.findElement(By.cssSelector(".from-the-public a[href*='/heritage-at-risk/contribute']")));
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("dir")).isEqualTo("rtl");
        click(browser.findElement(By.cssSelector("label[for=f-kind-PHOTOGRAPH]")));
        browser.findElement(By.id("f-description")).sendKeys("قوس النصر من الجهة الغربية، تساقطت منه حجارة");
        browser.findElement(By.id("f-photo")).sendKeys(photoFile().toString());
        click(browser.findElement(By.cssSelector("label[for=f-consent]")));
        browser.findElement(By.id("f-sender")).sendKeys("Karim B.");
        browser.findElement(By.id("f-email")).sendKeys(email);
        Thread.sleep(3_000);
        click(browser.findElement(By.cssSelector("form.contribute-form button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("/contribute/sent"));

        String body = (String) Mailbox.await(mail, email, subject -> subject.startsWith("أكِّد ما أرسلته")).getContent();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/ar/heritage-at-risk/contribute/confirm\\?token=[A-Za-z0-9_-]+").matcher(body);
        assertThat(link.find()).isTrue();
        browser.get(url(link.group()));
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        // the answer to the post is a new page: wait for it, not for the page the button was on
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("تم التأكيد");

        String expert = account(Role.EVALUATOR, Set.of());
        signIn(expert);
        browser.get(url("/en/admin"));
        click(browser.findElement(By.cssSelector("a[href='/en/admin/risk-contributions']")));
        click(browser.findElement(By.xpath("//tr[td[contains(., 'Karim B.')]]//a")));
        photographShown(browser.findElement(By.cssSelector(".public-report img")));
        click(browser.findElement(By.cssSelector("button[name=decision][value=accept]")));
        waitFor(ExpectedConditions.urlContains("?accepted"));
        signOut();

        Mailbox.await(mail, email, subject -> subject.startsWith("قُبل ما أرسلته"));
        browser.get(url("/ar/heritage/" + item + "#from-the-public-heading"));
        WebElement report = browser.findElement(By.cssSelector(".from-the-public .public-report"));
        assertThat(report.getText()).contains("قوس النصر من الجهة الغربية", "Karim B.");
        photographShown(report.findElement(By.tagName("img")));
    }

    /**
     * The photograph has loaded and has pixels: waited for, since it loads lazily after the page (asked at once, a slow
     * machine could find it not yet there); one that fails to load is complete with no width, and the wait fails.
     */
    private void photographShown(WebElement image) {
        waitFor(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
    }

    /** A photograph as the phone's camera hands it over, on disk for the browser's file field. */
    private static java.nio.file.Path photoFile() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("field-photo", ".jpg");
            java.nio.file.Files.write(file, org.turath.support.CameraFiles.jpegWithPosition(35.4845, 6.4690));
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theGuidesTicksStayOnThePhoneAndTheGuideAndItsPdfAreKeptForReadingOffline() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/fr/emergency-guide"));
        WebElement main = browser.findElement(By.tagName("main"));
        waitFor(ExpectedConditions.attributeToBe(main, "data-offline", "ready"));
        click(browser.findElement(By.cssSelector("label[for=check-stabilise-shore]")));
        click(browser.findElement(By.cssSelector("label[for=check-prepare-inventory]")));

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("check-stabilise-shore")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("check-prepare-inventory")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("check-situation-safety")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("guide-offline")).isDisplayed()).isTrue();

        // what the worker keeps: the page and its PDF (and, once loaded through it, what the page loads)
        Object kept = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "caches.keys().then(function (names) { return Promise.all(names.map(function (n) { return caches.open(n)"
                        + ".then(function (c) { return c.keys(); }); })); })"
                        + ".then(function (lists) { done([].concat.apply([], lists).map(function (r) { return new URL(r.url).pathname; })); });");
        assertThat(kept.toString()).contains("/fr/emergency-guide", "/fr/emergency-guide.pdf", "/css/");

        click(browser.findElement(By.id("guide-reset")));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("check-stabilise-shore")).isSelected()).isFalse();
    }

    private String account(Role role, Set<String> states) {
        String email = "journey." + role.name().toLowerCase() + "." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Journey " + role, PASSWORD, Language.AR, "Centre", Set.of(role), states);
        return email;
    }

    private void signIn(String email) {
        signIn(email, PASSWORD);
    }
}
