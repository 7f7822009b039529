package org.turath.journeys;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.learning.LearningFixture;
import org.turath.learning.RegistrationStatus;
import org.turath.learning.internal.TrainingDesk;
import org.turath.shared.Language;
import org.turath.support.Browser;
import org.turath.support.Mailbox;
import org.turath.support.BrowserJourney;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant in a real browser, in French: registers for the last seat of a workshop, gets the
 * e-mail, comes back through its link and cancels; the person waiting gets the seat and an e-mail.
 */
class TrainingJourneyTests extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("https?://[^\\s/]+(/fr/trainings/registration\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    TrainingDesk desk;

    @Test
    void registerInFrenchGetTheMailCancelAndTheWaitlistedPersonIsPromoted() throws Exception {
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Gestion des risques", 1, Duration.ofDays(10),
                Duration.ofDays(8), false));
        String email = "camille." + UUID.randomUUID() + "@example.org";

        browser.get(url("/fr/trainings"));
        browser.findElement(By.linkText("Atelier Gestion des risques")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/fr/trainings/" + activity));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("1 sur 1 disponibles");
        browser.findElement(By.id("r-name")).sendKeys("Camille Durand");
        browser.findElement(By.id("r-email")).sendKeys(email);
        browser.findElement(By.cssSelector("label[for=r-consent]")).click();
        Browser.screenshot(browser, "training-register-fr");
        browser.findElement(By.cssSelector("form[action$='/register'] button[type=submit]")).click();
        // the form says the same to anyone (the link comes by mail): nobody learns from it who registered
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/fr/trainings/" + activity + "/registered"));
        assertThat(browser.findElement(By.cssSelector(".alert[role=status]")).getText()).contains("Merci. Nous avons envoyé un courriel");

        // someone else comes too late for a seat
        TrainingDesk.Registered waiting = desk.register(activity, LearningFixture.applicant("Nadia Haddad", Language.AR));
        assertThat(waiting.registration().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        MimeMessage confirmation = Mailbox.await(mail, email, "Inscription confirmée : Atelier Gestion des risques"::equals);
        String body = String.valueOf(confirmation.getContent());
        assertThat(body).startsWith("Bonjour Camille Durand,").contains("Lien de la visioconférence");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();

        // a new browser session: only the mailed link leads back
        browser.manage().deleteAllCookies();
        browser.get(url(link.group(1)));
        assertThat(browser.findElement(By.cssSelector(".registration-status")).getText()).isEqualTo("Confirmée");
        browser.findElement(By.cssSelector("form[action$='/registration/cancel'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("cancelled"));
        assertThat(browser.findElement(By.cssSelector(".registration-status")).getText()).isEqualTo("Annulée");
        assertThat(browser.findElement(By.cssSelector(".alert[role=status]")).getText()).isEqualTo("Votre inscription est annulée.");
        Browser.screenshot(browser, "training-cancelled-fr");

        assertThat(desk.registration(waiting.secret()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        MimeMessage promoted = Mailbox.await(mail, waiting.registration().email(), "لك مقعد: ورشة Gestion des risques"::equals);
        assertThat(String.valueOf(promoted.getContent())).startsWith("السيد(ة) Nadia Haddad،");
    }
}
