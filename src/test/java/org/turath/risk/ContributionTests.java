package org.turath.risk;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.files.CameraPlace;
import org.turath.risk.domain.ReportContent;
import org.turath.shared.Language;
import org.turath.support.CameraFiles;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.Mailbox;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public sends about an item, as a visitor and a moderator live it: sent without an account, confirmed from the
 * mailed link, moderated, then shown on the item's page credited as the sender chose — and nothing of it shown before.
 */
@IntegrationTest
class ContributionTests {

    private static final String PASSWORD = "moderating what the public sends";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    RiskFixture risk;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @BeforeEach
    void demoData() {
        registry.demoData();
    }

    @Test
    void aVisitorsPhotographIsConfirmedModeratedAndShownWithTheirCreditLicenceAndTheCamerasPlace() throws Exception {
        String item = registry.referenceOf(191);
        String email = "visitor." + UUID.randomUUID() + "@example.org";
        Http visitor = Http.browser(port);
        HttpResponse<String> sent = upload(visitor, "ar", item, fields(item, "PHOTOGRAPH", "الجدار الشرقي للمسرح تشقق بعد الأمطار",
                "Amina Haddad", email, "name", true), CameraFiles.jpegWithPosition(36.3207, 5.7368));
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ar/heritage-at-risk/contribute/sent"));

        // nothing is with the moderators, nor anywhere public, before the address is confirmed
        Visitor moderator = moderator("10.64.0.2");
        assertThat(moderator.get("/en/admin/risk-contributions").getContentAsString()).doesNotContain("Amina Haddad");
        String id = jdbc.queryForObject("select id from risk_contribution where email = ?", String.class, email);
        assertThat(visitor.get("/heritage-at-risk/contributions/" + id + "/photo").statusCode()).isEqualTo(404);

        MimeMessage confirmation = Mailbox.await(mail, email, subject -> subject.startsWith("أكِّد ما أرسلته"));
        String link = link(confirmation, "/ar/heritage-at-risk/contribute/confirm\\?token=[A-Za-z0-9_-]+");
        Document confirmPage = Jsoup.parse(visitor.get(path(link)).body());
        assertThat(jdbc.queryForObject("select status from risk_contribution where id = ?::uuid", String.class, id))
                .as("opening the link, as a mail scanner does, confirms nothing").isEqualTo("UNCONFIRMED");
        HttpResponse<String> confirmed = visitor.post("/ar/heritage-at-risk/contribute/confirm",
                Map.of("token", confirmPage.select("input[name=token]").val(), "_csrf", confirmPage.select("input[name=_csrf]").val()));
        assertThat(confirmed.body()).contains("تم التأكيد");

        // the moderator sees it with its photograph, which nobody else sees yet
        Document queue = Jsoup.parse(moderator.get("/en/admin/risk-contributions").getContentAsString());
        assertThat(queue.select("a[href$=" + id + "]")).hasSize(1);
        Document one = Jsoup.parse(moderator.get("/en/admin/risk-contributions/" + id).getContentAsString());
        assertThat(one.text()).contains("Amina Haddad", email, "36.32");
        assertThat(moderator.get("/heritage-at-risk/contributions/" + id + "/photo/thumb").getStatus()).isEqualTo(200);
        assertThat(visitor.get("/heritage-at-risk/contributions/" + id + "/photo").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/ar/heritage/" + item).body()).doesNotContain("الجدار الشرقي للمسرح");

        moderator.get("/en/admin/risk-contributions/" + id);
        MockHttpServletResponse accepted = moderator.post("/en/admin/risk-contributions/" + id, Map.of("decision", "accept",
                "version", one.select("input[name=version]").val(), "answer", "شكرًا، أبلغنا السلطات المعنية."));
        assertThat(accepted.getRedirectedUrl()).endsWith("?accepted");
        String answer = (String) Mailbox.await(mail, email, subject -> subject.startsWith("قُبل ما أرسلته")).getContent();
        assertThat(answer).contains("أبلغنا السلطات المعنية", "/ar/heritage/" + item + "#from-the-public-heading");

        // on the item's page, in the visitor's language and in French: the text, the credit, the licence, the camera's place
        Document page = Jsoup.parse(visitor.get("/ar/heritage/" + item).body());
        assertThat(page.select("#from-the-public-heading").text()).isEqualTo("من الجمهور");
        assertThat(page.select(".public-report").text()).contains("الجدار الشرقي للمسرح", "Amina Haddad", "CC BY 4.0", "36.3207");
        Document french = Jsoup.parse(visitor.get("/fr/heritage/" + item).body());
        assertThat(french.select(".public-report a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");

        // the photograph anyone now gets is the portal's copy: the camera's position is not in it
        HttpResponse<byte[]> large = visitor.bytes("GET", "/heritage-at-risk/contributions/" + id + "/photo");
        assertThat(large.statusCode()).isEqualTo(200);
        assertThat(CameraPlace.of(new ByteArrayInputStream(large.body()))).isEmpty();

        // a second decision on the page seen before: refused as already taken, nothing changes
        MockHttpServletResponse again = moderator.post("/en/admin/risk-contributions/" + id, Map.of("decision", "decline",
                "version", one.select("input[name=version]").val()));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("Another moderator has decided");
        assertThat(jdbc.queryForObject("select status from risk_contribution where id = ?::uuid", String.class, id)).isEqualTo("ACCEPTED");
    }

    @Test
    void aSensitivePlaceKeepsNoPositionAnAnonymousSenderIsNotNamedAndADeclinedReportIsNeverShown() throws Exception {
        String item = registry.referenceOf(193);
        risk.published(RiskFixture.content(item, "poor", List.of(new ReportContent.Cause("9.4", "high")), true));
        String email = "anonymous." + UUID.randomUUID() + "@example.org";
        Visitor visitor = new Visitor(mvc, "10.64.0.3");
        upload(Http.browser(port), "en", item, fields(item, "DAMAGE", "Looting pits dug near the forum", "Hidden Person", email,
                "anonymous", true), CameraFiles.jpegWithPosition(36.5917, 2.4475));
        assertThat(jdbc.queryForObject("select count(*) from risk_contribution where email = ? and latitude is null and longitude is null",
                Integer.class, email)).as("no position kept for a sensitive place, though the sender agreed").isEqualTo(1);
        String declinedEmail = "declined." + UUID.randomUUID() + "@example.org";
        send(visitor, "fr", item, fields(item, "THREAT", "Une publicité pour un hôtel", "Spam Sender", declinedEmail, "name", false));
        confirmFromMail(visitor, email, "en", "Confirm what you sent");
        confirmFromMail(visitor, declinedEmail, "fr", "Confirmez votre envoi");

        Visitor moderator = moderator("10.64.0.4");
        for (String address : List.of(email, declinedEmail)) {
            String id = jdbc.queryForObject("select id from risk_contribution where email = ?", String.class, address);
            String version = Jsoup.parse(moderator.get("/en/admin/risk-contributions/" + id).getContentAsString())
                    .select("input[name=version]").val();
            moderator.post("/en/admin/risk-contributions/" + id, Map.of("decision", address.equals(email) ? "accept" : "decline",
                    "version", version));
        }
        assertThat((String) Mailbox.await(mail, declinedEmail, subject -> subject.startsWith("Non publié")).getContent())
                .contains("n’ont pas publié");

        Document page = Jsoup.parse(visitor.get("/en/heritage/" + item).getContentAsString());
        assertThat(page.select(".public-report").text()).contains("Looting pits dug near the forum", "a visitor")
                .doesNotContain("Hidden Person", "taken at");
        assertThat(page.text()).doesNotContain("Une publicité pour un hôtel");
        assertThat(moderator.get("/en/admin/risk-contributions?status=DECLINED").getContentAsString()).contains("Spam Sender");
    }

    @Test
    void aRefusedSendingKeepsWhatWasTypedAndSaysWhatToFixInTheVisitorsLanguage() throws Exception {
        String item = registry.referenceOf(191);
        Visitor visitor = new Visitor(mvc, "10.64.0.5");
        Http browser = Http.browser(port);
        Map<String, String> typed = fields(item, "PHOTOGRAPH", "<script>alert(1)</script> الواجهة", "<b>Nadia</b>", "not-an-address",
                "name", false);
        HttpResponse<String> refused = upload(browser, "ar", item, typed, "%PDF-1.7 not a photograph".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#e-email").text()).isEqualTo("أدخل عنوان بريد إلكتروني، مثل name@example.org.");
        assertThat(page.select("#e-consent").text()).isNotEmpty();
        assertThat(page.select("#f-description").val()).isEqualTo("<script>alert(1)</script> الواجهة");
        assertThat(page.select("#f-sender").val()).isEqualTo("<b>Nadia</b>");
        assertThat(refused.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(page.select(".alert-warning").text()).as("the file is asked for again").contains("اختر الصورة مرة أخرى");

        // the address and the consent now right, the file still a fake: refused by its content, the typing kept
        typed.put("email", "nadia." + UUID.randomUUID() + "@example.org");
        typed.put("consent", "yes");
        HttpResponse<String> fake = upload(browser, "ar", item, typed, "%PDF-1.7 not a photograph".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(fake.body()).select("#e-photo").text()).isEqualTo("الملف ليس صورة JPEG أو PNG أو WebP يمكن قراءتها.");
        assertThat(Jsoup.parse(fake.body()).select("#f-sender").val()).isEqualTo("<b>Nadia</b>");
        assertThat(jdbc.queryForObject("select count(*) from risk_contribution where email = ?", Integer.class, typed.get("email"))).isZero();

        // a robot filling the honeypot is thanked, and nothing is kept or mailed
        Map<String, String> robot = fields(item, "DAMAGE", "Buy cheap watches", "Robot", "robot." + UUID.randomUUID() + "@example.org",
                "name", false);
        robot.put("website", "https://spam.example");
        assertThat(send(visitor, "en", item, robot).getRedirectedUrl()).isEqualTo("/en/heritage-at-risk/contribute/sent");
        assertThat(jdbc.queryForObject("select count(*) from risk_contribution where email = ?", Integer.class, robot.get("email"))).isZero();

        assertThat(visitor.get("/en/heritage-at-risk/contribute?item=IWH-99999").getStatus()).isEqualTo(400);
        assertThat(visitor.get("/en/heritage-at-risk/contribute").getStatus()).isEqualTo(400);
    }

    // ---- helpers

    private static Map<String, String> fields(String item, String kind, String description, String sender, String email, String credit,
                                              boolean photoConsent) {
        Map<String, String> fields = new HashMap<>(Map.of("item", item, "kind", kind, "description", description, "sender", sender,
                "email", email, "credit", credit, "licence", "CC-BY-4.0"));
        if (photoConsent) {
            fields.put("consent", "yes");
            fields.put("sharePlace", "yes");
        }
        return fields;
    }

    /** Opens the form, waits as a person would, and sends it (no photograph: a plain form). */
    private static MockHttpServletResponse send(Visitor visitor, String lang, String item, Map<String, String> fields) throws Exception {
        Document form = Jsoup.parse(visitor.get("/" + lang + "/heritage-at-risk/contribute?item=" + item).getContentAsString());
        Map<String, String> all = new HashMap<>(fields);
        all.put("shown", form.select("input[name=shown]").val());
        Thread.sleep(3_100);
        return visitor.post("/" + lang + "/heritage-at-risk/contribute", all);
    }

    /** The same with a photograph, as a browser sends it to the real server: multipart, its length stated. */
    private static HttpResponse<String> upload(Http browser, String lang, String item, Map<String, String> fields, byte[] photo)
            throws Exception {
        String path = "/" + lang + "/heritage-at-risk/contribute";
        Document form = Jsoup.parse(browser.get(path + "?item=" + item).body());
        Map<String, String> all = new HashMap<>(fields);
        all.put("shown", form.select("input[name=shown]").val());
        all.put("_csrf", form.select("form[action=" + path + "] input[name=_csrf]").val());
        Thread.sleep(3_100);
        return browser.upload(path, all, "photo", "photo.jpg", "image/jpeg", photo);
    }

    private static void confirmFromMail(Visitor visitor, String email, String lang, String subject) throws Exception {
        String link = link(Mailbox.await(mail, email, s -> s.startsWith(subject)),
                "/" + lang + "/heritage-at-risk/contribute/confirm\\?token=[A-Za-z0-9_-]+");
        Document page = Jsoup.parse(visitor.get(path(link)).getContentAsString());
        visitor.post("/" + lang + "/heritage-at-risk/contribute/confirm", Map.of("token", page.select("input[name=token]").val()));
    }

    private Visitor moderator(String address) throws Exception {
        String email = "moderator." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Moderator", PASSWORD, Language.EN, "Centre", Set.of(Role.EVALUATOR), Set.of());
        Visitor moderator = new Visitor(mvc, address);
        moderator.signIn(email, PASSWORD);
        return moderator;
    }

    private static String link(MimeMessage message, String pattern) throws Exception {
        Matcher found = Pattern.compile("https?://[^\\s]+?" + pattern).matcher((String) message.getContent());
        assertThat(found.find()).as("a link in the mail").isTrue();
        return found.group();
    }

    private static String path(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }
}
