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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.registry.RegistryApi;
import org.turath.risk.domain.ReportContent;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.Mailbox;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following an item's reports by e-mail, as a visitor does it: asked for, confirmed from the mailed link (not by opening
 * it), a mail in their language for each report published, and stopped in one click from the mail program.
 */
@IntegrationTest
class FollowTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    RegistryApi items;

    @Autowired
    RiskFixture risk;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    String item;

    @BeforeEach
    void demoData() {
        registry.demoData();
        item = registry.referenceOf(23);
    }

    @Test
    void aFollowerConfirmsGetsAMailInTheirLanguageForEachPublishedReportAndStopsInOneClick() throws Exception {
        String email = "follower." + UUID.randomUUID() + "@example.org";
        Visitor visitor = new Visitor(mvc, "10.63.0.1");
        Document form = Jsoup.parse(visitor.get("/fr/heritage-at-risk/follow?item=" + item).getContentAsString());
        Thread.sleep(2_100);
        MockHttpServletResponse asked = visitor.post("/fr/heritage-at-risk/follow", Map.of("item", item, "email", email,
                "shown", form.select("input[name=shown]").val()));
        assertThat(asked.getRedirectedUrl()).isEqualTo("/fr/heritage-at-risk/follow/sent");

        MimeMessage confirmation = Mailbox.await(mail, email, subject -> subject.startsWith("Confirmez"));
        String link = link(confirmation, "/fr/heritage-at-risk/follow/confirm\\?token=[A-Za-z0-9_-]+");

        // nothing is sent before the address confirms, and opening the link (as a mail scanner does) confirms nothing
        risk.published(RiskFixture.content(item, "poor", List.of(new ReportContent.Cause("10.2", "high")), false));
        Http http = new Http(port);
        assertThat(http.get(path(link)).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from risk_follower where email = ? and confirmed_at is not null",
                Integer.class, email)).isZero();
        assertThat(http.post(path(link).replaceAll("\\?.*", ""), Map.of("token", link.replaceAll(".*token=", ""))).body())
                .contains("Confirmé");

        // a confirmed follower whose id sorts first in the database (ids are compared there unsigned): not skipped
        String early = "early." + UUID.randomUUID() + "@example.org";
        jdbc.update("delete from risk_follower where id = '00000000-0000-0000-0000-000000000001'");
        jdbc.update("insert into risk_follower (id, email, language, item_reference, token_hash, stop_token, created_at, confirmed_at)"
                + " values ('00000000-0000-0000-0000-000000000001', ?, 'en', ?, ?, ?, now(), now())", early, item,
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        RiskReportId published = risk.published(RiskFixture.content(item, "very-bad",
                List.of(new ReportContent.Cause("9.4", "definite")), false)).id();
        MimeMessage news = Mailbox.await(mail, email, subject -> subject.startsWith("Nouveau rapport d’état"));
        String body = (String) news.getContent();
        assertThat(body).contains("Très mauvais", "/fr/heritage-at-risk/reports/" + published);
        String stop = link(news, "/fr/heritage-at-risk/follow/stop\\?token=[A-Za-z0-9_-]+");
        assertThat(Mailbox.await(mail, early, subject -> subject.startsWith("New condition report"))).isNotNull();
        assertThat(news.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + stop + ">");
        assertThat(news.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mailsTo(email)).as("one mail before confirming, one report after").isEqualTo(2);

        // the mail program's one click: a POST to the link, no form token, no cookie
        var stopped = http.post(path(stop), Map.of("List-Unsubscribe", "One-Click"));
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from risk_follower where email = ? and stopped_at is not null",
                Integer.class, email)).isEqualTo(1);
        risk.published(RiskFixture.content(item, "destroyed", List.of(new ReportContent.Cause("9.2", "definite")), false));
        Thread.sleep(1_500);
        assertThat(mailsTo(email)).isEqualTo(2);
    }

    @Test
    void aBadAddressIsRefusedWithTheFormKeptAndAForgedLinkConfirmsNothing() throws Exception {
        Visitor visitor = new Visitor(mvc, "10.63.0.2");
        Document form = Jsoup.parse(visitor.get("/ar/heritage-at-risk/follow?item=" + item).getContentAsString());
        MockHttpServletResponse refused = visitor.post("/ar/heritage-at-risk/follow", Map.of("item", item,
                "email", "<script>x</script>", "shown", form.select("input[name=shown]").val()));
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#e-email").text()).isNotEmpty();
        assertThat(page.select("#f-email").val()).isEqualTo("<script>x</script>");
        assertThat(refused.getContentAsString()).doesNotContain("<script>x</script>");

        assertThat(visitor.get("/en/heritage-at-risk/follow?item=IWH-99999").getStatus()).isEqualTo(400);
        assertThat(visitor.get("/en/heritage-at-risk/follow").getStatus()).isEqualTo(400);
        Http http = new Http(port);
        assertThat(http.post("/en/heritage-at-risk/follow/confirm", Map.of("token", "forged")).statusCode()).isEqualTo(404);
        assertThat(http.post("/en/heritage-at-risk/follow/stop?token=forged", Map.of("List-Unsubscribe", "One-Click")).statusCode())
                .isEqualTo(404);
    }

    /** The link in the mail, whole. */
    private static String link(MimeMessage message, String pattern) throws Exception {
        Matcher found = Pattern.compile("https?://[^\\s]+?" + pattern).matcher((String) message.getContent());
        assertThat(found.find()).as("a link in the mail").isTrue();
        return found.group();
    }

    /** The link's path and query, to ask this server. */
    private static String path(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }

    private static long mailsTo(String email) throws Exception {
        long count = 0;
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (Mailbox.recipient(message).equalsIgnoreCase(email)) {
                count++;
            }
        }
        return count;
    }
}
