package org.turath.library;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** News written in three languages, scheduled, in Atom feeds and on the home page. */
@IntegrationTest
class NewsTests {

    private static final String PASSWORD = "a long and unusual passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountsApi accounts;

    @Test
    void aScheduledArticleAppearsAtItsTimeInItsLanguagesFeedsAndOnTheHomePage() throws Exception {
        Visitor editor = secretariat(Language.EN, "10.44.0.1");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = new HashMap<>();
        form.put("title.fr", "Atelier de Rabat " + marker);
        form.put("title.ar", "ورشة الرباط " + marker);
        form.put("lead.fr", "Vingt gestionnaires de sites formés.");
        form.put("body.fr", "<p>Le texte <script>alert(1)</script><strong>complet</strong>.</p>");
        form.put("publishAt", LocalDateTime.now(ZoneId.of("Africa/Casablanca")).plusDays(2).withSecond(0).withNano(0).toString());
        form.put("ready", "on");
        // a topic is picked from the vocabulary, never typed: a word of one's own is refused, the rest kept
        form.put("tags", "Rabat");
        editor.get("/en/admin/news/new");
        MockHttpServletResponse typed = editor.upload("/en/admin/news/new", form, "image", "", "application/octet-stream", new byte[0]);
        assertThat(typed.getStatus()).isEqualTo(422);
        Document refused = Jsoup.parse(typed.getContentAsString());
        assertThat(refused.select("#e-tags").text()).isEqualTo("Choose among the topics offered.");
        assertThat(refused.select("input[name=tags][value=education]")).hasSize(1);
        assertThat(refused.select("#title-fr").val()).isEqualTo("Atelier de Rabat " + marker);
        form.put("tags", "education");
        editor.get("/en/admin/news/new");
        MockHttpServletResponse saved = editor.upload("/en/admin/news/new", form, "image", "", "application/octet-stream", new byte[0]);
        assertThat(saved.getStatus()).isEqualTo(302);
        String id = saved.getRedirectedUrl().replaceAll(".*/admin/news/([0-9a-f-]{36}).*", "$1");

        Visitor reader = new Visitor(mvc, "10.44.0.2");
        // scheduled for the day after tomorrow: nowhere yet
        assertThat(reader.get("/fr/news/" + id).getStatus()).isEqualTo(404);
        assertThat(reader.get("/fr/news").getContentAsString()).doesNotContain(marker);
        assertThat(reader.get("/fr/news/feed.atom").getContentAsString()).doesNotContain(marker);
        assertThat(Jsoup.parse(editor.get("/en/admin/news").getContentAsString()).select("tr:contains(" + marker + ")").text()).contains("Scheduled");

        // its time comes
        jdbc.update("update news_article set publish_at = publish_at - interval '3 days' where id = ?", UUID.fromString(id));
        Document article = Jsoup.parse(reader.get("/fr/news/" + id).getContentAsString());
        assertThat(article.select("h1").text()).isEqualTo("Atelier de Rabat " + marker);
        assertThat(article.select(".news-article strong").text()).isEqualTo("complet");
        assertThat(article.select(".news-article script")).isEmpty();
        assertThat(Jsoup.parse(reader.get("/fr/").getContentAsString()).select(".home-news a[href=/fr/news/" + id + "]")).hasSize(1);

        MockHttpServletResponse french = reader.get("/fr/news/feed.atom");
        assertThat(french.getContentType()).startsWith("application/atom+xml");
        Document feed = Jsoup.parse(french.getContentAsString(), "", Parser.xmlParser());
        var entry = feed.select("entry:has(id:contains(" + id + "))");
        assertThat(entry.select("title").text()).isEqualTo("Atelier de Rabat " + marker);
        assertThat(entry.select("summary").text()).isEqualTo("Vingt gestionnaires de sites formés.");
        assertThat(entry.select("category").eachAttr("term")).containsExactly("education");
        assertThat(entry.select("category").eachAttr("label")).containsExactly("Éducation et sensibilisation");
        assertThat(article.select(".badge").eachText()).contains("Éducation et sensibilisation");
        // in English there is no text: the French comes, marked as French
        Document english = Jsoup.parse(reader.get("/en/news/feed.atom").getContentAsString(), "", Parser.xmlParser());
        assertThat(english.select("entry:has(id:contains(" + id + ")) title").attr("xml:lang")).isEqualTo("fr");
        assertThat(english.select("feed").attr("xml:lang")).isEqualTo("en");
    }

    @Test
    void aPictureThatDeclaresBillionsOfPixelsIsRefusedAndTheArticleKept() throws Exception {
        Visitor editor = secretariat(Language.FR, "10.44.0.5");
        Map<String, String> form = new HashMap<>();
        form.put("title.fr", "Image démesurée");
        form.put("publishAt", LocalDateTime.now(ZoneId.of("Africa/Casablanca")).withSecond(0).withNano(0).toString());
        editor.get("/fr/admin/news/new");
        MockHttpServletResponse refused = editor.upload("/fr/admin/news/new", form, "image", "huge.png", "image/png", hugePng(100_000, 100_000));
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("[role=alert]").text()).contains("50 millions");
        assertThat(page.select("input[name='title.fr']").val()).isEqualTo("Image démesurée");
        assertThat(jdbc.queryForObject("select count(*) from news_article where title_fr = 'Image démesurée'", Integer.class)).isZero();
    }

    /** A new member of the secretariat, signed in from {@code address}. */
    private Visitor secretariat(Language language, String address) throws Exception {
        String email = "news." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "News", PASSWORD, language, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        Visitor editor = new Visitor(mvc, address);
        editor.signIn(email, PASSWORD);
        return editor;
    }

    /** A PNG of a few dozen bytes whose header declares {@code width} × {@code height} pixels. */
    private static byte[] hugePng(int width, int height) throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(17);
        header.put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(header.array());
        png.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        png.write(header.array());
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        byte[] end = "IEND".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        crc.reset();
        crc.update(end);
        png.write(new byte[]{0, 0, 0, 0});
        png.write(end);
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return png.toByteArray();
    }
}
