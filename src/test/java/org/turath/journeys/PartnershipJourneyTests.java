package org.turath.journeys;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.partners.PartnerKind;
import org.turath.partners.domain.Partner;
import org.turath.partners.internal.AgreementReminders;
import org.turath.partners.internal.PartnerDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.BrowserJourney;
import org.turath.support.Mailbox;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement's way in a real browser: the secretariat records one with three parties whose shares do not add up, is
 * told so with everything typed still there, fixes it, finds it among the agreements ending in six months, and the
 * person who keeps it gets the reminder; a visitor then reads it on the partner's page without its amounts.
 */
class PartnershipJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "three parties and one plan";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AccountsApi accounts;

    @Autowired
    PartnerDesk desk;

    @Autowired
    AgreementReminders reminders;

    @Test
    void anAgreementWithThreePartiesIsRefusedUntilItsPlanAddsUpThenFollowedUntilItsEnd() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Actor setUp = new Actor("journey.partners@example.org", Set.of(Role.SECRETARIAT), Set.of());
        Partner centre = partner(setUp, "centre-" + s, "Centre régional " + s, PartnerKind.INTERNATIONAL);
        Partner university = partner(setUp, "universite-" + s, "Université " + s, PartnerKind.UNIVERSITY);
        Partner museum = partner(setUp, "musee-" + s, "Musée " + s, PartnerKind.MUSEUM);
        String secretariat = "journey.secretariat." + s + "@example.org";
        accounts.create(secretariat, "Secrétariat", PASSWORD, Language.FR, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        String keeper = "keeper." + s + "@example.org";
        accounts.create(keeper, "Responsable", PASSWORD, Language.FR, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        String title = "Inventaire des caravansérails " + s;

        signIn(secretariat, PASSWORD);
        browser.get(url("/fr/admin/agreements/new"));
        choose("f-kind", "PROJECT");
        browser.findElement(By.id("title-fr")).sendKeys(title);
        browser.findElement(By.id("title-ar")).sendKeys("جرد الخانات " + s);
        click(browser.findElement(By.cssSelector("label[for=a-concluded]")));
        date("f-signedOn", LocalDate.now().minusMonths(36).plusDays(75));
        choose("f-renewal", "TACIT");
        WebElement keeperField = browser.findElement(By.id("f-keeper"));
        keeperField.clear();
        keeperField.sendKeys(keeper);
        browser.findElement(By.id("a-currency")).sendKeys("EUR");
        browser.findElement(By.id("f-total")).sendKeys("90 000");
        party(0, centre, "50", "45 000");
        party(1, university, "30", "27 000");
        party(2, museum, "10", "9 000");
        click(browser.findElement(By.cssSelector("main form[action$='/admin/agreements/new'] button[type=submit]")));

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.findElement(By.id("e-shares")).getText()).isEqualTo("Les parts ne totalisent pas 100 %.");
        assertThat(browser.findElement(By.id("title-fr")).getAttribute("value")).isEqualTo(title);
        assertThat(browser.findElement(By.id("a-percent-2")).getAttribute("value")).isEqualTo("10");
        assertThat(new Select(browser.findElement(By.id("a-party-1"))).getFirstSelectedOption().getText()).isEqualTo("Université " + s);
        assertThat(browser.findElement(By.id("a-concluded")).isSelected()).isTrue();

        WebElement percent = browser.findElement(By.id("a-percent-2"));
        percent.clear();
        percent.sendKeys("20");
        WebElement amount = browser.findElement(By.id("a-amount-2"));
        amount.clear();
        amount.sendKeys("18 000");
        click(browser.findElement(By.cssSelector("main form[action$='/admin/agreements/new'] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("?saved"));
        assertThat(plain(browser.findElement(By.cssSelector(".agreement-card")))).contains("Arrive à échéance", "20 %", "18 000,00 €");

        browser.get(url("/fr/admin/agreements?view=ending"));
        WebElement row = browser.findElement(By.xpath("//main//tr[.//a[normalize-space()='" + title + "']]"));
        assertThat(plain(row)).contains("Arrive à échéance", "Centre régional " + s, "Musée " + s);

        reminders.sendDue();
        MimeMessage reminder = Mailbox.await(mail, keeper, subject -> subject.contains(title));
        assertThat(Mailbox.subject(reminder)).isEqualTo("« " + title + " » arrive à échéance dans 90 jours");

        signOut();
        browser.get(url("/fr/partners/musee-" + s));
        String page = plain(browser.findElement(By.tagName("main")));
        assertThat(page).contains(title, "Centre régional " + s, "20 %").doesNotContain("18 000", "€");
    }

    /** The text shown, with the no-break spaces French puts in numbers read as spaces. */
    private static String plain(WebElement element) {
        return element.getText().replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private Partner partner(Actor actor, String slug, String name, PartnerKind kind) {
        return desk.createPartner(actor, Optional.empty(), new Partner.Details(slug, new LocalizedText(null, null, name), null, kind, "MA",
                null, LocalizedText.empty(), null));
    }

    private void party(int row, Partner partner, String percent, String amount) {
        choose("a-party-" + row, partner.id().toString());
        browser.findElement(By.id("a-percent-" + row)).sendKeys(percent);
        browser.findElement(By.id("a-amount-" + row)).sendKeys(amount);
    }
}
