package org.turath.accounts;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import javax.crypto.spec.SecretKeySpec;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Two-step sign-in with an authenticator app, as the secretariat sets it up and uses it. */
@IntegrationTest
class SecondFactorTests {

    private static final String PASSWORD = "the secretariat's long secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

    @Test
    void withTwoStepSignInThePasswordAloneOpensNothingAndEachCodeWorksOnce() throws Exception {
        String email = "secretariat." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Secretariat", PASSWORD, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        Visitor visitor = new Visitor(mvc, "10.2.0.1");
        visitor.signIn(email, PASSWORD);

        Document setup = Jsoup.parse(visitor.get("/en/account/two-factor").getContentAsString());
        assertThat(setup.select("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(setup.select("img.qr-code").attr("alt")).isNotBlank();
        String secret = setup.select("code").text().replace(" ", "");
        assertThat(visitor.post("/en/account/two-factor", Map.of("password", PASSWORD, "code", "000000")).getRedirectedUrl())
                .isEqualTo("/en/account/two-factor?wrong");
        // a right code without the password (a borrowed session) turns nothing on
        visitor.get("/en/account/two-factor");
        assertThat(visitor.post("/en/account/two-factor", Map.of("code", code(secret, Instant.now()))).getRedirectedUrl())
                .isEqualTo("/en/account/two-factor?wrong");
        visitor.get("/en/account/two-factor");
        assertThat(visitor.post("/en/account/two-factor", Map.of("password", "not " + PASSWORD, "code", code(secret, Instant.now())))
                .getRedirectedUrl()).isEqualTo("/en/account/two-factor?wrong");
        assertThat(jdbc.queryForObject("select totp_secret is null from app_user where email = ?", Boolean.class, email)).isTrue();
        visitor.get("/en/account/two-factor");
        String turnedOnWith = code(secret, Instant.now());
        assertThat(visitor.post("/en/account/two-factor", Map.of("password", PASSWORD, "code", turnedOnWith))
                .getRedirectedUrl()).isEqualTo("/en/account?two-factor-on");

        Visitor later = new Visitor(mvc, "10.2.0.2");
        assertThat(later.signIn(email, PASSWORD).getRedirectedUrl()).isEqualTo("/en/login/code");
        assertThat(later.signedIn()).as("the password alone signs nobody in").isFalse();
        later.get("/en/login/code");
        // the code used to turn it on is spent (the very same code: a fresh one would be new if the 30 s step has turned since)
        assertThat(later.post("/en/login/code", Map.of("code", turnedOnWith)).getStatus()).isEqualTo(422);
        String next = code(secret, Instant.now().plusSeconds(30));
        // back to the page asked for while the code was pending
        assertThat(later.post("/en/login/code", Map.of("code", next)).getRedirectedUrl()).endsWith("/en/account");
        assertThat(later.signedIn()).isTrue();
        assertThat(jdbc.queryForList("select detail from audit_event where event_type = 'SIGN_IN' and actor = ?", String.class, email))
                .contains("password", "password and code");

        // the same code again, from elsewhere, opens nothing
        Visitor thief = new Visitor(mvc, "10.2.0.3");
        thief.signIn(email, PASSWORD);
        thief.get("/en/login/code");
        assertThat(thief.post("/en/login/code", Map.of("code", next)).getStatus()).isEqualTo(422);
        assertThat(thief.signedIn()).isFalse();
    }

    @Test
    void fiveWrongCodesStartTheSignInOverAndCountAsFailures() throws Exception {
        String email = "admin." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Admin", PASSWORD, Language.FR, "Centre", Set.of(Role.ADMIN), Set.of());
        String secret = new Base32().encodeToString(new byte[20]).replace("=", "");
        jdbc.update("update app_user set totp_secret = ? where email = ?", secret, email);

        Visitor visitor = new Visitor(mvc, "10.2.1.1");
        visitor.signIn(email, PASSWORD);
        String last = null;
        for (int i = 0; i < 5; i++) {
            visitor.get("/fr/login/code");
            last = visitor.post("/fr/login/code", Map.of("code", "12345" + i)).getRedirectedUrl();
        }
        assertThat(last).isEqualTo("/fr/login?error");
        assertThat(Jsoup.parse(visitor.get("/fr/login/code").getContentAsString()).select("#code-expired").text())
                .contains("Recommencez");
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where email = ?", Boolean.class, email)).isTrue();
    }

    @Test
    void anAdministratorTurnsAPersonsTwoStepSignInOffAndTheAuditLogSaysWho() throws Exception {
        String email = "lost.phone." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Lost Phone", PASSWORD, Language.AR, "Centre", Set.of(Role.EDITOR), Set.of());
        jdbc.update("update app_user set totp_secret = ? where email = ?", new Base32().encodeToString(new byte[20]).replace("=", ""), email);
        String id = jdbc.queryForObject("select id from app_user where email = ?", String.class, email);
        String admin = "admin.reset." + UUID.randomUUID() + "@example.org";
        accounts.create(admin, "Admin", PASSWORD, Language.EN, "Centre", Set.of(Role.ADMIN), Set.of());

        Visitor editor = new Visitor(mvc, "10.2.2.1");
        editor.signIn(admin.replace("admin.reset", "nobody"), PASSWORD);
        assertThat(editor.post("/en/admin/users/" + id + "/two-factor/reset", Map.of()).getStatus()).isIn(302, 403);
        assertThat(jdbc.queryForObject("select totp_secret is not null from app_user where email = ?", Boolean.class, email)).isTrue();

        Visitor administrator = new Visitor(mvc, "10.2.2.2");
        administrator.signIn(admin, PASSWORD);
        Document person = Jsoup.parse(administrator.get("/en/admin/users/" + id).getContentAsString());
        assertThat(person.select("form[action$=/two-factor/reset] button").text()).isEqualTo("Turn two-step sign-in off");
        assertThat(administrator.post("/en/admin/users/" + id + "/two-factor/reset", Map.of()).getRedirectedUrl())
                .isEqualTo("/en/admin/users/" + id + "?two-step-off");
        assertThat(jdbc.queryForObject("select totp_secret is null from app_user where email = ?", Boolean.class, email)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'TWO_FACTOR_RESET' and actor = ? and target = ?",
                Integer.class, admin, email)).isEqualTo(1);
        assertThat(new Visitor(mvc, "10.2.2.3").signIn(email, PASSWORD).getRedirectedUrl()).isEqualTo("/en/admin/heritage");
    }

    private String code(String secret, Instant at) throws Exception {
        return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm()), at);
    }
}
