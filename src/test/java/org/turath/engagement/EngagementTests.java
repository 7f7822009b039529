package org.turath.engagement;

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
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.Mailbox;
import org.turath.support.Visitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The survey and "ask us" as people (and robots) use them, and the secretariat's side of both. */
@IntegrationTest
class EngagementTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String PASSWORD = "a long and unusual passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountsApi accounts;

    @Test
    void anAnswerIsTiedToItsPageOnceASessionAndFloodingIsRefusedWithoutLosingTheComment() throws Exception {
        String marker = "survey " + UUID.randomUUID();
        Visitor visitor = new Visitor(mvc, "10.42.0.1");
        Document form = Jsoup.parse(visitor.get("/fr/feedback?from=/fr/heritage").getContentAsString());
        assertThat(form.select("legend").text()).isEqualTo("Dans l’ensemble, êtes-vous satisfait ?");
        assertThat(form.select("input[name=score]")).hasSize(5);
        MockHttpServletResponse sent = visitor.post("/fr/feedback", Map.of("from", "/fr/heritage", "score", "4", "comment", marker));
        assertThat(sent.getRedirectedUrl()).startsWith("/fr/feedback/thanks");
        assertThat(jdbc.queryForMap("select score, page, language from feedback_answer where comment = ?", marker))
                .containsEntry("page", "/fr/heritage").containsEntry("language", "fr");

        // the same page again from the same session
        visitor.get("/fr/feedback?from=/fr/heritage");
        MockHttpServletResponse again = visitor.post("/fr/feedback", Map.of("from", "/fr/heritage", "score", "1", "comment", marker));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(again.getContentAsString()).select("[role=alert]").text()).contains("Nous avons déjà votre réponse");

        // a flood from one address over many pages: ten an hour, then refused, the comment kept on the page
        Visitor flood = new Visitor(mvc, "10.42.0.2");
        int accepted = 0;
        MockHttpServletResponse last = null;
        for (int i = 0; i < 12; i++) {
            flood.get("/ar/feedback?from=/ar/heritage/IWH-" + i);
            last = flood.post("/ar/feedback", Map.of("from", "/ar/heritage/IWH-" + i, "score", "5", "comment", marker + " flood " + i));
            accepted += last.getStatus() == 302 ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(10);
        assertThat(last.getStatus()).isEqualTo(429);
        Document refused = Jsoup.parse(last.getContentAsString());
        assertThat(refused.select("[role=alert]").text()).startsWith("إجابات كثيرة من اتصالك");
        assertThat(refused.select("textarea[name=comment]").text()).isEqualTo(marker + " flood 11");
        assertThat(jdbc.queryForObject("select count(*) from feedback_answer where comment like ?", Long.class, marker + " flood %"))
                .isEqualTo(10);
    }

    @Test
    void aRobotIsThankedAndForgottenAndBadInputIsNamed() throws Exception {
        String marker = "robot " + UUID.randomUUID();
        Visitor robot = new Visitor(mvc, "10.42.0.3");
        robot.get("/en/feedback");
        assertThat(robot.post("/en/feedback", Map.of("from", "/en/", "score", "5", "comment", marker, "website", "http://spam.example"))
                .getRedirectedUrl()).isEqualTo("/en/feedback/thanks");
        assertThat(jdbc.queryForObject("select count(*) from feedback_answer where comment = ?", Long.class, marker)).isZero();

        robot.get("/en/feedback");
        MockHttpServletResponse noScore = robot.post("/en/feedback", Map.of("from", "javascript:alert(1)", "score", "9"));
        assertThat(noScore.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(noScore.getContentAsString());
        assertThat(page.select("#e-score").text()).isEqualTo("Please choose one of the five answers.");
        // a page that is not one of ours becomes the home page
        assertThat(page.select("input[name=from]").val()).isEqualTo("/en/");
    }

    @Test
    void aQuestionInArabicIsAcknowledgedAnsweredInArabicAndFlaggedWhenOverdue() throws Exception {
        String email = "asker." + UUID.randomUUID() + "@example.org";
        Visitor asker = new Visitor(mvc, "10.42.1.1");
        asker.get("/ar/ask");
        Map<String, String> form = new HashMap<>();
        form.put("topic", "NOMINATIONS");
        form.put("language", "ar");
        form.put("name", "خالد المنصوري");
        form.put("email", email);
        form.put("message", "كيف نعد ملف ترشيح لموقع عابر للحدود؟");
        form.put("shown", Jsoup.parse(asker.get("/ar/ask").getContentAsString()).select("input[name=shown]").val());
        form.put("website", "");

        // sent at once: no person types that fast; the question stays in the form
        MockHttpServletResponse tooFast = asker.post("/ar/ask", form);
        assertThat(tooFast.getStatus()).isEqualTo(422);
        Document again = Jsoup.parse(tooFast.getContentAsString());
        assertThat(again.select("[role=alert]").text()).isEqualTo("كان ذلك سريعًا جدًا. يُرجى مراجعة سؤالك ثم إرساله من جديد.");
        assertThat(again.select("textarea[name=message]").text()).isEqualTo(form.get("message"));
        assertThat(jdbc.queryForObject("select count(*) from inquiry where email = ?", Long.class, email)).isZero();

        form.put("shown", again.select("input[name=shown]").val());
        Thread.sleep(3_100);
        MockHttpServletResponse sent = asker.post("/ar/ask", form);
        assertThat(sent.getRedirectedUrl()).startsWith("/ar/ask/thanks?reference=Q-");
        String reference = sent.getRedirectedUrl().substring(sent.getRedirectedUrl().indexOf("Q-"));
        assertThat(Mailbox.await(mail, email, ("استلمنا سؤالك (" + reference + ")")::equals)).isNotNull();

        String secretariat = "inbox." + UUID.randomUUID() + "@example.org";
        accounts.create(secretariat, "Inbox", PASSWORD, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        Visitor desk = new Visitor(mvc, "10.42.1.2");
        desk.signIn(secretariat, PASSWORD);
        String id = jdbc.queryForObject("select id from inquiry where reference = ?", String.class, reference);
        Document inbox = Jsoup.parse(desk.get("/en/admin/inquiries?view=NEW").getContentAsString());
        assertThat(inbox.select("a[href$=" + id + "]").text()).isEqualTo(reference);

        Document inquiry = Jsoup.parse(desk.get("/en/admin/inquiries/" + id).getContentAsString());
        assertThat(inquiry.select(".inquiry-message").text()).isEqualTo(form.get("message"));
        String version = inquiry.select("form[action$=/reply] input[name=version]").val();
        MockHttpServletResponse replied = desk.post("/en/admin/inquiries/" + id + "/reply",
                Map.of("version", version, "body", "يُعد الملف بالتنسيق بين نقاط الاتصال في الدول المعنية."));
        assertThat(replied.getRedirectedUrl()).isEqualTo("/en/admin/inquiries/" + id + "?done=reply");
        MimeMessage answer = Mailbox.await(mail, email, ("جواب سؤالك (" + reference + ")")::equals);
        assertThat(String.valueOf(answer.getContent())).startsWith("السيد(ة) خالد المنصوري،")
                .contains("يُعد الملف بالتنسيق بين نقاط الاتصال").contains("> كيف نعد ملف ترشيح");
        assertThat(jdbc.queryForObject("select status from inquiry where id = ?", String.class, UUID.fromString(id))).isEqualTo("ANSWERED");

        // a stale page: the old version is refused, nothing changes
        desk.get("/en/admin/inquiries/" + id);
        assertThat(desk.post("/en/admin/inquiries/" + id + "/close", Map.of("version", version)).getRedirectedUrl())
                .endsWith("?problem=stale-inquiry");
        assertThat(jdbc.queryForObject("select status from inquiry where id = ?", String.class, UUID.fromString(id))).isEqualTo("ANSWERED");

        // a question waiting six days is overdue
        jdbc.update("update inquiry set status = 'NEW', received_at = received_at - interval '6 days' where id = ?", UUID.fromString(id));
        Document overdue = Jsoup.parse(desk.get("/en/admin/inquiries?view=OVERDUE").getContentAsString());
        assertThat(overdue.select("tr:has(a[href$=" + id + "]) .badge").text()).isEqualTo("Overdue");
        assertThat(overdue.select(".alert-warning").text()).contains("waited more than 5 days");
    }

    @Test
    void aRobotFillingTheHoneypotIsThankedAndNothingIsKeptAndAnAddressMayAskFiveTimesAnHour() throws Exception {
        String email = "robot." + UUID.randomUUID() + "@example.org";
        Visitor robot = new Visitor(mvc, "10.42.2.1");
        Document page = Jsoup.parse(robot.get("/en/ask").getContentAsString());
        Map<String, String> form = new HashMap<>(Map.of("topic", "OTHER", "language", "en", "email", email, "message", "Buy now",
                "shown", page.select("input[name=shown]").val(), "website", "http://spam.example"));
        assertThat(robot.post("/en/ask", form).getRedirectedUrl()).isEqualTo("/en/ask/thanks");
        assertThat(jdbc.queryForObject("select count(*) from inquiry where email = ?", Long.class, email)).isZero();

        // a forged or missing stamp is not a person's form
        form.put("website", "");
        form.put("shown", "1700000000000.forged");
        MockHttpServletResponse forged = robot.post("/en/ask", form);
        assertThat(forged.getStatus()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from inquiry where email = ?", Long.class, email)).isZero();
    }
}
