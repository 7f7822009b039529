package org.turath.accounts;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything that reaches people by mail, received by a real SMTP server (GreenMail): the
 * invitation, the password reset, the e-mail change; and signing out on every device.
 */
@IntegrationTest
class AccountMailTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("https?://[^\\s/]+(/\\S+\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInvitedFocalPointChoosesAPasswordFromTheMailAndSignsIn() throws Exception {
        String admin = person(Role.ADMIN, Language.EN);
        String invited = "invited." + UUID.randomUUID() + "@example.org";
        Visitor administrator = new Visitor(mvc, "10.1.0.1");
        administrator.signIn(admin, PASSWORD);
        administrator.get("/en/admin/users/invite");
        MockHttpServletResponse sent = administrator.post("/en/admin/users/invite", Map.of("email", invited,
                "displayName", "Leïla Benali", "language", "fr", "organisation", "Commission nationale", "roles", "FOCAL_POINT",
                "states", "MA"));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/en/admin/users?invited");

        MimeMessage invitation = mailTo(invited);
        assertThat(invitation.getSubject()).isEqualTo("Votre invitation à Turath, le portail du patrimoine du monde islamique");
        String body = text(invitation);
        assertThat(body).contains("Bonjour Leïla Benali", "72 heures");
        String link = link(body);
        assertThat(link).startsWith("/fr/account/activate?token=");

        Visitor newcomer = new Visitor(mvc, "10.1.0.2");
        Document form = Jsoup.parse(newcomer.get(link).getContentAsString());
        assertThat(form.select("h1").text()).isEqualTo("Bienvenue : choisissez votre mot de passe");
        String token = form.select("input[name=token]").val();
        MockHttpServletResponse common = newcomer.post("/fr/account/activate",
                Map.of("token", token, "password", "passwordpassword", "confirmation", "passwordpassword"));
        assertThat(common.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(common.getContentAsString()).select("#password-problem").text())
                .isEqualTo("Ce mot de passe figure parmi les plus courants dans les fuites. Choisissez-en un autre.");
        MockHttpServletResponse chosen = newcomer.post("/fr/account/activate",
                Map.of("token", token, "password", "le cèdre du Atlas fleurit", "confirmation", "le cèdre du Atlas fleurit"));
        assertThat(chosen.getRedirectedUrl()).isEqualTo("/fr/login?activated");

        assertThat(newcomer.signIn(invited, "le cèdre du Atlas fleurit").getRedirectedUrl()).isEqualTo("/en/admin/nominations");
        assertThat(newcomer.get("/fr/account").getContentAsString()).contains("Leïla Benali", "Commission nationale");
        // the link served once
        assertThat(new Visitor(mvc, "10.1.0.3").get(link).getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForList("select event_type from audit_event where target = ?", String.class, invited))
                .contains("INVITATION_SENT", "ACCOUNT_ACTIVATED", "SIGN_IN");
    }

    @Test
    void anInvitationLinkExpiresAfter72Hours() throws Exception {
        String admin = person(Role.ADMIN, Language.EN);
        String invited = "late." + UUID.randomUUID() + "@example.org";
        Visitor administrator = new Visitor(mvc, "10.1.1.1");
        administrator.signIn(admin, PASSWORD);
        administrator.get("/en/admin/users/invite");
        administrator.post("/en/admin/users/invite", Map.of("email", invited, "displayName", "Late", "language", "en",
                "roles", "EDITOR"));
        String link = link(text(mailTo(invited)));
        String owner = "(select id from app_user where email = ?)";
        assertThat(jdbc.queryForObject("select extract(epoch from expires_at - created_at) from account_token where user_id = "
                + owner, Double.class, invited)).isEqualTo(72 * 3600.0);
        // three days and an hour later
        jdbc.update("update account_token set created_at = created_at - interval '73 hours', expires_at = expires_at - interval '73 hours'"
                + " where user_id = " + owner, invited);
        assertThat(new Visitor(mvc, "10.1.1.2").get(link).getStatus()).isEqualTo(404);
    }

    @Test
    void aForgottenPasswordIsResetByMailAndEndsEveryOtherSession() throws Exception {
        String email = person(Role.EDITOR, Language.AR);
        Visitor laptop = new Visitor(mvc, "10.1.2.1");
        laptop.signIn(email, PASSWORD);
        assertThat(laptop.signedIn()).isTrue();

        Visitor phone = new Visitor(mvc, "10.1.2.2");
        phone.get("/ar/password/forgot");
        assertThat(phone.post("/ar/password/forgot", Map.of("email", email.toUpperCase())).getRedirectedUrl())
                .isEqualTo("/ar/password/forgot?sent");
        // an unknown address gets the same answer, and no mail
        phone.get("/ar/password/forgot");
        assertThat(phone.post("/ar/password/forgot", Map.of("email", "nobody." + UUID.randomUUID() + "@example.org"))
                .getRedirectedUrl()).isEqualTo("/ar/password/forgot?sent");

        MimeMessage reset = mailTo(email);
        assertThat(reset.getSubject()).isEqualTo("اختر كلمة مرور جديدة لـ«تراث»");
        // written after the answer (so that it takes as long for an unknown address), still under the requester's address
        assertThat(jdbc.queryForList("select remote_address from audit_event where event_type = 'PASSWORD_RESET_REQUESTED' and actor = ?",
                String.class, email)).containsExactly("10.1.2.2");
        String link = link(text(reset));
        Document form = Jsoup.parse(phone.get(link).getContentAsString());
        String token = form.select("input[name=token]").val();
        assertThat(phone.post("/ar/password/reset", Map.of("token", token, "password", "a new long secret 2026",
                "confirmation", "a new long secret 2026")).getRedirectedUrl()).isEqualTo("/ar/login?password-changed");

        assertThat(laptop.signedIn()).as("the laptop's session ended with the reset").isFalse();
        assertThat(phone.signIn(email, PASSWORD).getRedirectedUrl()).isEqualTo("/en/login?error");
        assertThat(phone.signIn(email, "a new long secret 2026").getRedirectedUrl()).isEqualTo("/en/admin/heritage");
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).startsWith("nobody."))).isEmpty();
    }

    @Test
    void aNewEmailAddressIsConfirmedFromItsOwnMailboxAndTheOldOneIsTold() throws Exception {
        String email = person(Role.SECRETARIAT, Language.EN);
        String newEmail = "moved." + UUID.randomUUID() + "@example.org";
        Visitor visitor = new Visitor(mvc, "10.1.3.1");
        visitor.signIn(email, PASSWORD);
        visitor.get("/en/account");
        assertThat(visitor.post("/en/account/email", Map.of("newEmail", newEmail, "password", "wrong password here"))
                .getRedirectedUrl()).isEqualTo("/en/account?email-problem=wrong-password");
        visitor.get("/en/account");
        assertThat(visitor.post("/en/account/email", Map.of("newEmail", newEmail, "password", PASSWORD)).getRedirectedUrl())
                .isEqualTo("/en/account?email-sent");

        String link = link(text(mailTo(newEmail)));
        Document confirm = Jsoup.parse(visitor.get(link).getContentAsString());
        assertThat(visitor.post("/en/account/email/confirm", Map.of("token", confirm.select("input[name=token]").val()))
                .getRedirectedUrl()).isEqualTo("/en/login?email-changed");
        assertThat(accounts.find(newEmail)).isPresent();
        assertThat(accounts.find(email)).isEmpty();
        assertThat(text(mailTo(email))).contains(newEmail);
        assertThat(visitor.signIn(newEmail, PASSWORD).getRedirectedUrl()).isEqualTo("/en/admin/nominations");
    }

    @Test
    void aPersonChoosesTheLanguageOfThePortalAndOfTheirMail() throws Exception {
        String email = person(Role.EDITOR, Language.EN);
        Visitor visitor = new Visitor(mvc, "10.1.6.1");
        visitor.signIn(email, PASSWORD);
        visitor.get("/en/account");
        assertThat(visitor.post("/en/account/language", Map.of("language", "ar")).getRedirectedUrl()).isEqualTo("/ar/account?language-saved");
        Visitor later = new Visitor(mvc, "10.1.6.2");
        // signing in keeps the language of the page signed in from; the chosen language is the mail's
        assertThat(later.signIn(email, PASSWORD).getRedirectedUrl()).isEqualTo("/en/admin/heritage");
        later.get("/ar/password/forgot");
        later.post("/ar/password/forgot", Map.of("email", email));
        assertThat(mailTo(email).getSubject()).isEqualTo("اختر كلمة مرور جديدة لـ«تراث»");
    }

    @Test
    void signingOutEverywhereEndsTheSessionsOfEveryDevice() throws Exception {
        String email = person(Role.EDITOR, Language.FR);
        Visitor office = new Visitor(mvc, "10.1.4.1");
        Visitor home = new Visitor(mvc, "10.1.4.2");
        office.signIn(email, PASSWORD);
        home.signIn(email, PASSWORD);
        assertThat(office.signedIn()).isTrue();
        assertThat(home.signedIn()).isTrue();

        home.get("/fr/account");
        assertThat(home.post("/fr/account/sessions/end", Map.of()).getRedirectedUrl()).isEqualTo("/fr/login?signed-out-everywhere");
        assertThat(office.signedIn()).isFalse();
        assertThat(home.signedIn()).isFalse();
        assertThat(jdbc.queryForList("select event_type from audit_event where actor = ?", String.class, email))
                .contains("SIGNED_OUT_EVERYWHERE");
    }

    @Test
    void achangeOfRolesAppliesAtOnceBecauseThePersonsSessionsEnd() throws Exception {
        String admin = person(Role.ADMIN, Language.EN);
        String editor = person(Role.EDITOR, Language.EN);
        Visitor editorVisitor = new Visitor(mvc, "10.1.5.1");
        editorVisitor.signIn(editor, PASSWORD);
        assertThat(editorVisitor.get("/en/admin/heritage").getStatus()).isEqualTo(200);

        Visitor administrator = new Visitor(mvc, "10.1.5.2");
        administrator.signIn(admin, PASSWORD);
        String id = jdbc.queryForObject("select id from app_user where email = ?", String.class, editor);
        Document person = Jsoup.parse(administrator.get("/en/admin/users/" + id).getContentAsString());
        assertThat(administrator.post("/en/admin/users/" + id, Map.of("version", person.select("input[name=version]").val(),
                "roles", "MUSEUM_CURATOR", "enabled", "on")).getRedirectedUrl()).isEqualTo("/en/admin/users?updated");

        assertThat(editorVisitor.signedIn()).isFalse();
        editorVisitor.signIn(editor, PASSWORD);
        assertThat(editorVisitor.get("/en/admin/heritage").getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForList("select detail from audit_event where event_type = 'ROLES_CHANGED' and target = ?",
                String.class, editor)).singleElement().asString().contains("[EDITOR]", "[MUSEUM_CURATOR]");
    }

    // --- helpers

    private static final String PASSWORD = "a long enough test secret";

    private String person(Role role, Language language) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Test " + role, PASSWORD, language, "Turath tests", Set.of(role),
                role == Role.FOCAL_POINT ? Set.of("MA") : Set.of());
        return email;
    }

    private static MimeMessage mailTo(String address) throws Exception {
        for (int waited = 0; waited < 100; waited++) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (recipient(message).equalsIgnoreCase(address)) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail to " + address);
    }

    /** The decoded text of a plain-text mail. */
    private static String text(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
