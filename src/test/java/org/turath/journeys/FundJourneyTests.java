package org.turath.journeys;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.fund.FundFixture;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.internal.RequestDesk;
import org.turath.fund.internal.ReviewDesk;
import org.turath.shared.Language;
import org.turath.support.BrowserJourney;
import org.turath.support.Mailbox;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request to the Support Fund in a real browser: a focal point opens and writes it in French (refused while its
 * budget does not balance, then sent with its document), two experts declare no conflict and score it with their
 * reasons, the secretariat grants it, and — once the first tranche is paid and a photograph of the work added — a
 * visitor reads the decision, the payment and the photograph's caption on the project's public page.
 */
class FundJourneyTests extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FundFixture fund;

    @Autowired
    RequestDesk requests;

    @Autowired
    ReviewDesk review;

    @Test
    void aFocalPointsRequestIsScoredByTwoExpertsGrantedAndPaidInPublic() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String fez = registry.referenceOf(170);
        FundCall call = fund.openCall();
        Actor focal = fund.person("focal", Language.FR, Set.of(Role.FOCAL_POINT), Set.of("MA"));
        String title = "Consolidation des remparts " + s;

        signIn(focal.email(), FundFixture.PASSWORD);
        browser.get(url("/fr/admin/fund/requests/new"));
        choose("n-call", call.id().toString());
        browser.findElement(By.id("n-item")).sendKeys(fez);
        choose("n-kind", "CONSERVATION");
        browser.findElement(By.id("n-applicant")).sendKeys("Direction du patrimoine culturel");
        browser.findElement(By.id("title-fr")).sendKeys(title);
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));
        assertThat(browser.findElement(By.id("complete-heading")).isDisplayed()).isTrue();

        browser.findElement(By.id("objectives-fr")).sendKeys("Consolider la courtine nord avant l’hiver.");
        browser.findElement(By.id("workPlan-fr")).sendKeys("Relevé, étaiement, puis restauration.");
        browser.findElement(By.id("f-amount")).sendKeys("40 000");
        browser.findElement(By.id("b-label-0")).sendKeys("Relevé");
        browser.findElement(By.id("b-amount-0")).sendKeys("20 000");
        browser.findElement(By.id("b-cofunding-0")).sendKeys("5 000");
        browser.findElement(By.id("b-cofunder-0")).sendKeys("Ministère de la Culture");
        browser.findElement(By.id("b-label-1")).sendKeys("Travaux");
        browser.findElement(By.id("b-amount-1")).sendKeys("30 000");
        browser.findElement(By.id("m-title-0")).sendKeys("Relevé terminé");
        date("m-due-0", LocalDate.now().plusMonths(2));
        browser.findElement(By.id("m-tranche-0")).sendKeys("15 000");
        browser.findElement(By.id("m-title-1")).sendKeys("Travaux terminés");
        date("m-due-1", LocalDate.now().plusMonths(8));
        browser.findElement(By.id("m-tranche-1")).sendKeys("25 000");
        click(browser.findElement(By.cssSelector("main form[data-autosave] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));
        // 50,000 less 5,000 co-funded is not the 40,000 asked: said, and the request cannot be sent yet
        String missing = browser.findElement(By.cssSelector("section[aria-labelledby=complete-heading]")).getText();
        assertThat(missing).contains("Un budget dont le coût moins le cofinancement égale le montant demandé", "Au moins un document (PDF)");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=complete-heading] button")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("b-cofunder-0")).getAttribute("value")).isEqualTo("Ministère de la Culture");

        WebElement cofunding = browser.findElement(By.id("b-cofunding-0"));
        cofunding.clear();
        cofunding.sendKeys("10 000");
        click(browser.findElement(By.cssSelector("main form[data-autosave] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));
        Path plan = Files.createTempFile("plan", ".pdf");
        Files.write(plan, FundFixture.pdf());
        browser.findElement(By.id("d-file")).sendKeys(plan.toAbsolutePath().toString());
        click(browser.findElement(By.cssSelector("form[action$='/documents'] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("done=document"));
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=complete-heading]")).getText())
                .contains("Rien ne manque : la demande peut être soumise.");
        click(browser.findElement(By.cssSelector("section[aria-labelledby=complete-heading] button")));
        waitFor(ExpectedConditions.urlContains("done=submitted"));
        String requestUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");
        String requestPath = requestUrl.substring(requestUrl.indexOf("/admin/fund/requests/"));
        FundRequest request = requests.requests(FundFixture.SECRETARIAT, Set.of(), java.util.Optional.empty(), 50).items().stream()
                .filter(r -> r.title().in(Language.FR).orElse("").equals(title)).findFirst().orElseThrow();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Soumise", "Version 1");

        // the secretariat finds it eligible and asks two experts
        review.checkEligibility(FundFixture.SECRETARIAT, request.id(), fund.version(request), true, null);
        Actor first = fund.person("expert.one", Language.EN, Set.of(Role.EVALUATOR), Set.of("TN"));
        Actor second = fund.person("expert.two", Language.AR, Set.of(Role.EVALUATOR), Set.of());
        review.assign(FundFixture.SECRETARIAT, request.id(), List.of(first.email(), second.email()), LocalDate.now().plusDays(14));
        Mailbox.await(mail, first.email(), subject -> subject.contains(request.reference()));

        score(first, "en" + requestPath, "8", "7", "Strong heritage value: the north curtain is at risk.");
        score(second, "ar" + requestPath, "9", "6", "قيمة تراثية عالية");

        // the secretariat reads both reviews with their reasons and grants it
        Actor secretariat = fund.person("secretariat", Language.FR, Set.of(Role.SECRETARIAT), Set.of());
        signOut();
        signIn(secretariat.email(), FundFixture.PASSWORD);
        browser.get(url("/fr" + requestPath));
        String reviews = browser.findElement(By.id("secretariat-heading")).findElement(By.xpath("..")).getText();
        assertThat(reviews).contains("Strong heritage value: the north curtain is at risk.", "قيمة تراثية عالية", "8/10", "9/10");
        click(browser.findElement(By.cssSelector("label[for=de-grant]")));
        WebElement amount = browser.findElement(By.id("de-amount"));
        amount.clear();
        amount.sendKeys("40 000");
        browser.findElement(By.id("de-note")).sendKeys("Accordé : projet urgent et bien préparé.");
        click(browser.findElement(By.cssSelector("form[action$='/decide'] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("done=decided"));
        assertThat(Mailbox.subject(Mailbox.await(mail, focal.email(), subject -> subject.contains("accordée"))))
                .isEqualTo("Fonds d’appui : demande " + request.reference() + " accordée");

        // the grant signed, the first milestone reported by the state, its tranche paid
        review.attachGrant(FundFixture.SECRETARIAT, request.id(), fund.version(request), new ByteArrayInputStream(FundFixture.pdf()), "grant.pdf");
        requests.reach(focal, request.id(), fund.version(request), 0, LocalDate.now(), "Relevé de la courtine nord terminé.");
        browser.get(url("/fr" + requestPath));
        click(browser.findElement(By.cssSelector("form[action$='/milestones/0/pay'] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("done=paid"));

        // a photograph of the work, with its credit and a caption that is its alternative text
        Path photograph = Files.createTempFile("courtine", ".jpg");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1600, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(0xb0, 0x8d, 0x57), 1600, 1000, new java.awt.Color(0x5a, 0x3e, 0x22)));
        graphics.fillRect(0, 0, 1600, 1000);
        graphics.dispose();
        javax.imageio.ImageIO.write(image, "jpg", photograph.toFile());
        browser.findElement(By.id("ph-file")).sendKeys(photograph.toAbsolutePath().toString());
        browser.findElement(By.id("ph-credit")).sendKeys("Direction du patrimoine, 2026");
        browser.findElement(By.id("ph-caption-fr")).sendKeys("La courtine nord après le relevé");
        browser.findElement(By.id("ph-caption-ar")).sendKeys("الأسوار الشمالية بعد المسح");
        click(browser.findElement(By.cssSelector("#photos form[enctype] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("done=photo"));
        Files.delete(photograph);

        signOut();
        browser.get(url("/fr/support-fund/projects/" + request.reference()));
        String page = browser.findElement(By.tagName("main")).getText().replace('\u00A0', ' ').replace('\u202F', ' ');
        assertThat(page).contains(title, "40 000,00 $US", "15 000,00 $US", "50 %", "Relevé de la courtine nord terminé.")
                .doesNotContain("Strong heritage value", "Direction du patrimoine culturel");
        assertThat(browser.findElement(By.cssSelector(".fund-gallery img")).getDomAttribute("alt")).isEqualTo("La courtine nord après le relevé");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.get(url("/ar/support-fund/projects/" + request.reference()));
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) browser;
        script.executeScript("document.getElementById('photos-heading').scrollIntoView()");
        org.turath.support.Browser.screenshot(browser, "fund-project-ar");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        script.executeScript("document.getElementById('photos-heading').scrollIntoView()");
        org.turath.support.Browser.screenshot(browser, "phone-fund-project-ar");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.get(url("/fr/support-fund"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
        assertThat(browser.findElement(By.cssSelector(".fund-cover")).getDomAttribute("alt")).isEqualTo("La courtine nord après le relevé");
        script.executeScript("document.getElementById('projects-heading').scrollIntoView()");
        org.turath.support.Browser.screenshot(browser, "fund-fr");
        assertThat(requests.request(FundFixture.SECRETARIAT, request.id()).paidTotal()).isEqualByComparingTo(new BigDecimal("15000"));
    }

    private void score(Actor expert, String path, String first, String second, String reason) {
        signOut();
        signIn(expert.email(), FundFixture.PASSWORD);
        browser.get(url("/" + path));
        click(browser.findElement(By.cssSelector("label[for=decl-none]")));
        click(browser.findElement(By.cssSelector("form[action$='/declare'] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("done=declared"));
        browser.findElement(By.id("score-0")).sendKeys(first);
        browser.findElement(By.id("reason-0")).sendKeys(reason);
        browser.findElement(By.id("score-1")).sendKeys(second);
        browser.findElement(By.id("reason-1")).sendKeys(reason);
        click(browser.findElement(By.cssSelector("form[action$='/score'] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("done=reviewed"));
    }
}
