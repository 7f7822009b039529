package org.turath.journeys;

import org.turath.nominations.NominationFileId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.nominations.NominationFixture;
import org.turath.nominations.NominationKind;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.internal.NominationDesk;
import org.turath.support.Browser;
import org.turath.support.BrowserJourney;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nomination path in a real browser, each person in their own language: a Moroccan focal point
 * drafts in Arabic and submits with a map, the secretariat returns the file, the state fixes and
 * resubmits, an expert evaluates in French, the Committee inscribes it in a session held by
 * videoconference, and an anonymous visitor finds it on the Arabic List and in search.
 */
class NominationJourneyTests extends BrowserJourney {

    @Autowired
    NominationDesk desk;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.turath.nominations.NominationFixture> fixtures;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> inscribed = new ArrayList<>();
    private WebDriverWait wait;
    private int clicks;

    @AfterEach
    void removeTheItem() {
        registry.remove(inscribed);
    }

    @Test
    void fromAnArabicDraftToTheListInARealBrowser() throws Exception {
        NominationFixture people = fixtures.getObject();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String arabicName = "رباط الرحلة " + unique;

        // the focal point begins the file in Arabic
        signIn(people.focalMorocco, "ar", "/ar/admin/nominations/new");
        browser.findElement(By.id("kind-CULTURAL")).click();
        clicks++;
        browser.findElement(By.id("n-ar")).sendKeys(arabicName);
        browser.findElement(By.id("n-en")).sendKeys("Journey ribat " + unique);
        submit("main form button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?created"));
        String file = browser.getCurrentUrl().replaceAll("\\?.*", "").replaceAll(".*(/admin/nominations/[0-9a-f-]{36})$", "$1");
        NominationFileId id = new NominationFileId(UUID.fromString(file.substring(file.lastIndexOf('/') + 1)));

        // one section typed in the browser, the live counter following the typing
        browser.get(url("/ar" + file + "/sections/history"));
        WebElement history = browser.findElement(By.id("f-history-history-ar"));
        String typed = "بُني الرباط في القرن الثاني عشر";
        history.sendKeys(typed);
        assertThat(browser.findElement(By.id("f-history-history-ar-count")).getText())
                .isEqualTo(typed.codePointCount(0, typed.length()) + " / 15000");
        // the typing is saved by itself a few seconds later; a later save by hand is not taken for someone else's
        wait.until(ExpectedConditions.textToBe(By.id("autosave-status"), "حُفظ تلقائيًا."));
        assertThat(jdbc.queryForObject("select text from nomination_text where file_id = ? and field_key = 'history.history.ar'",
                String.class, id.value())).isEqualTo("بُني الرباط في القرن الثاني عشر");
        Browser.screenshot(browser, "nomination-section-ar");
        history.sendKeys(".");
        submit("main form button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?saved"));
        // the other sections as a state's team would type them (through the same service the pages use)
        fillTheRest(people, id);

        // a map of the property, through the file input
        browser.get(url("/ar" + file));
        Path map = Files.createTempFile("map", ".png");
        Files.write(map, NominationFixture.png());
        new Select(browser.findElement(By.id("att-kind"))).selectByValue("MAP");
        browser.findElement(By.id("att-file")).sendKeys(map.toAbsolutePath().toString());
        submit("form[action$='/attachments'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=attach"));
        Files.deleteIfExists(map);
        assertThat(browser.findElement(By.id("documents")).getText()).contains("map");
        Browser.screenshot(browser, "nomination-file-ar");
        submit("form[action$='/submit'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=submit"));
        String reference = jdbc.queryForObject("select reference from nomination_file where id = ?", String.class, id.value());

        // the secretariat returns it, with a comment on the history
        signIn(people.secretariat, "en", "/en" + file);
        browser.findElement(By.id("return-summary")).sendKeys("Please date the walls.");
        browser.findElement(By.cssSelector("form[action$='/return'] details summary")).click();
        clicks++;
        browser.findElement(By.id("rc-history")).sendKeys("Which century were the walls built in?");
        submit("form[action$='/return'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=return"));

        // the state sees the comment, fixes the section, submits again
        signIn(people.focalMorocco, "ar", "/ar" + file);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Which century were the walls built in?");
        browser.get(url("/ar" + file + "/sections/history"));
        browser.findElement(By.id("f-history-history-ar")).sendKeys("، وجُدّدت أسواره في القرن السابع عشر");
        submit("main form button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?saved"));
        submit("form[action$='/submit'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=submit"));

        // the secretariat declares it complete and assigns an expert
        signIn(people.secretariat, "en", "/en" + file);
        submit("form[action$='/accept'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=accept"));
        browser.findElement(By.id("assign-evaluators")).sendKeys(people.evaluator.email());
        setDate("assign-due", LocalDate.now().plusDays(30));
        submit("form[action$='/assign'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=assign"));

        // the expert, in French: declares, then evaluates
        signIn(people.evaluator, "fr", "/fr" + file);
        browser.findElement(By.id("declaration")).sendKeys("Aucun lien avec ce bien ni avec l’État.");
        submit("form[action$='/declare'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=declare"));
        browser.findElement(By.id("crit-iv")).click();
        clicks++;
        browser.findElement(By.id("assessment")).sendKeys("Un exemple éminent d’architecture militaire.");
        new Select(browser.findElement(By.id("recommendation"))).selectByValue("INSCRIBE");
        submit("form[action$='/evaluate'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=evaluate"));

        // a session by videoconference, and the file on its agenda
        signIn(people.secretariat, "en", "/en/admin/sessions");
        int number = people.nextSessionNumber();
        browser.findElement(By.id("s-year")).sendKeys("2099");
        browser.findElement(By.id("s-number")).sendKeys(String.valueOf(number));
        new Select(browser.findElement(By.id("s-kind"))).selectByValue("EXTRAORDINARY");
        new Select(browser.findElement(By.id("s-mode"))).selectByValue("VIDEOCONFERENCE");
        browser.findElement(By.id("s-link")).sendKeys("https://meet.example.org/iwhc-journey");
        setDate("s-starts", LocalDate.now());
        setDate("s-ends", LocalDate.now().plusDays(1));
        browser.findElement(By.id("s-members")).sendKeys(people.member.email());
        submit("form[action$='/admin/sessions'] button[type=submit]");
        wait.until(ExpectedConditions.urlMatches(".*/admin/sessions/[0-9a-f-]{36}$"));
        String session = browser.getCurrentUrl().replaceAll(".*/admin/sessions/", "");
        browser.get(url("/en" + file));
        new Select(browser.findElement(By.id("schedule-session"))).selectByValue(session);
        submit("form[action$='/schedule'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=schedule"));

        // the Committee member, in Arabic, inscribes it
        signIn(people.member, "ar", "/ar/admin/sessions/" + session);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(reference))).click();
        clicks++;
        new Select(browser.findElement(By.id("decide-outcome"))).selectByValue("INSCRIBE");
        browser.findElement(By.id("decide-text-ar")).sendKeys("تقرر اللجنة إدراج الممتلك في القائمة");
        Browser.screenshot(browser, "nomination-decide-ar");
        submit("form[action$='/decide'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("?done=decide"));
        String item = jdbc.queryForObject("""
                select i.reference from heritage_item i join heritage_status_change c on c.item_id = i.id
                where c.decision_ref like ?""", String.class, "IWHC/2099." + number + "/%");
        inscribed.add(item);

        // anyone: the decision, the Arabic List's page, search
        browser.manage().deleteAllCookies();
        browser.get(url("/ar/committee/sessions/" + session));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(arabicName).contains("IWHC/2099." + number + "/1");
        Browser.screenshot(browser, "committee-session-ar");
        browser.get(url("/ar/search?q=" + arabicName));
        browser.findElement(By.partialLinkText(arabicName)).click();
        wait.until(ExpectedConditions.urlContains("/ar/heritage/" + item));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(arabicName);
        Browser.screenshot(browser, "inscribed-item-ar");
        // how many clicks (and form submissions) the people in this journey made, for the record
        System.out.println("Nomination journey: " + clicks + " clicks and form submissions");
    }

    private void signIn(Actor person, String lang, String then) {
        browser.manage().deleteAllCookies();
        browser.get(url(then));
        wait.until(ExpectedConditions.urlContains("/" + lang + "/login"));
        browser.findElement(By.id("login-email")).sendKeys(person.email());
        browser.findElement(By.id("login-password")).sendKeys(NominationFixture.PASSWORD);
        submit("main form button[type=submit]");
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
        // normally back on the page asked for; if the portal chose the account page instead, go on from there
        if (!browser.getCurrentUrl().contains(then)) {
            browser.get(url(then));
        }
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        assertThat(browser.findElements(By.cssSelector("a[href$='/account']"))).as("signed in as " + person.email()).isNotEmpty();
    }

    private void submit(String buttonSelector) {
        WebElement button = browser.findElement(By.cssSelector(buttonSelector));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        clicks++;
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
    }

    private void fillTheRest(NominationFixture people, NominationFileId id) {
        var file = desk.open(people.focalMorocco, id).file();
        desk.identify(people.focalMorocco, id, file.version(), file.name(), java.util.Set.of(), false, 34.02, -6.83,
                new java.math.BigDecimal("4.5"), null, List.of(), NominationFixture.values(
                        DossierForm.section(NominationKind.CULTURAL, "identification").orElseThrow()));
        for (DossierForm.Section section : DossierForm.sections(NominationKind.CULTURAL)) {
            if (!section.key().equals("history") && !section.key().equals("identification")) {
                desk.fill(people.focalMorocco, id, desk.open(people.focalMorocco, id).file().version(), section.key(),
                        NominationFixture.values(section));
            }
        }
    }
}
