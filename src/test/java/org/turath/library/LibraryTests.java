package org.turath.library;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.documents.PdfRenderer;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The library as the secretariat fills it and readers use it: real PDFs in, bad files out with the form kept. */
@IntegrationTest
class LibraryTests {

    private static final String PASSWORD = "a long and unusual passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    PdfRenderer pdfs;

    @Autowired
    RegistryFixture registry;

    @Value("${turath.storage.dir}")
    Path storage;

    Visitor editor;

    @BeforeEach
    void signIn() throws Exception {
        registry.demoData();
        String email = "library." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Library", PASSWORD, Language.EN, "Centre", Set.of(Role.EDITOR), Set.of());
        editor = new Visitor(mvc, "10.43.0." + (int) (Math.random() * 200 + 1));
        editor.signIn(email, PASSWORD);
    }

    private Map<String, String> details(String englishTitle, String language) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "GUIDE");
        form.put("language", language);
        form.put("title.en", englishTitle);
        form.put("title.ar", "دليل " + englishTitle);
        form.put("authors", "Centre du patrimoine");
        form.put("year", "2024");
        form.put("related", registry.referenceOf(170));
        form.put("published", "on");
        return form;
    }

    @Test
    void anArabicGuideIsReadSearchableWithArabicRulesThumbnailedAndItsDownloadsCounted() throws Exception {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = pdfs.render("fixtures/publication", Language.AR, Map.of("title", "حماية التراث في أوقات الأزمات",
                "pages", List.of("يتناول هذا الدليل صون المخطوطات والمباني التاريخية أثناء النزاعات المسلحة",
                        "الفصل الثاني: توثيق المواقع قبل الكوارث", marker)));
        editor.get("/en/admin/publications/new");
        MockHttpServletResponse created = editor.upload("/en/admin/publications/new", details("Heritage in crises " + marker, "ar"),
                "file", "دليل الأزمات.pdf", "application/pdf", pdf);
        assertThat(created.getStatus()).isEqualTo(302);
        String id = created.getRedirectedUrl().replaceAll(".*/admin/publications/([0-9a-f-]{36}).*", "$1");

        Visitor reader = new Visitor(mvc, "10.43.1.1");
        Document page = Jsoup.parse(reader.get("/fr/publications/" + id).getContentAsString());
        assertThat(page.select("a[href$=/file]").text()).contains("3 pages");
        assertThat(page.select("a[href^=/fr/heritage/]")).hasSize(1);
        MockHttpServletResponse thumbnail = reader.get("/fr/publications/" + id + "/thumbnail");
        assertThat(thumbnail.getContentType()).isEqualTo("image/png");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.getContentAsByteArray())).getWidth()).isEqualTo(320);

        // the text of the PDF is found with the Arabic analyser: "مخطوطات" finds "المخطوطات", and the marker is only in the PDF
        Document found = Jsoup.parse(reader.get("/ar/search?q=مخطوطات " + marker + "&type=PUBLICATION").getContentAsString());
        assertThat(found.select(".search-hit a[href=/ar/publications/" + id + "]")).hasSize(1);
        assertThat(found.select(".search-hit .badge").text()).isEqualTo("منشور");

        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse download = reader.get("/en/publications/" + id + "/file");
            assertThat(download.getContentType()).isEqualTo("application/pdf");
            assertThat(new String(download.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        // one reader opening the file three times is one download; a HEAD counts nothing; a second reader is another
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/en/publications/" + id + "/file")
                .with(r -> { r.setRemoteAddr("10.44.0.9"); return r; }));
        new Visitor(mvc, "10.44.0.8").get("/en/publications/" + id + "/file");
        assertThat(Jsoup.parse(reader.get("/en/publications/" + id).getContentAsString()).select(".download-count").text()).isEqualTo("2");
        assertThat(Jsoup.parse(reader.get("/en/publications").getContentAsString()).select("a[href=/en/publications/" + id + "]")).hasSize(1);

        // withdrawn: gone from the public and from search
        Document edit = Jsoup.parse(editor.get("/en/admin/publications/" + id).getContentAsString());
        Map<String, String> withdrawn = details("Heritage in crises " + marker, "ar");
        withdrawn.remove("published");
        withdrawn.put("version", edit.select("input[name=version]").val());
        assertThat(editor.upload("/en/admin/publications/" + id, withdrawn, "file", "", "application/octet-stream", new byte[0])
                .getRedirectedUrl()).endsWith("?saved");
        assertThat(reader.get("/en/publications/" + id).getStatus()).isEqualTo(404);
        assertThat(reader.get("/en/publications/" + id + "/file").getStatus()).isEqualTo(404);
        assertThat(Jsoup.parse(reader.get("/ar/search?q=" + marker).getContentAsString()).select(".search-hit")).isEmpty();
    }

    @Test
    void aFileThatIsNotAPdfADamagedPdfAndA100MegabytePdfAreRefusedInTheReadersLanguageAndTheFormIsKept() throws Exception {
        String marker = "refused " + UUID.randomUUID();
        java.io.ByteArrayOutputStream image = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", image);
        byte[] png = image.toByteArray();
        editor.get("/fr/admin/publications/new");
        MockHttpServletResponse fake = editor.upload("/fr/admin/publications/new", details(marker, "fr"), "file", "guide.pdf",
                "application/pdf", png);
        assertThat(fake.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(fake.getContentAsString());
        assertThat(page.select("#form-problem").text()).startsWith("Ce fichier n’est pas un PDF");
        assertThat(page.select("input[name=title.en]").val()).isEqualTo(marker);

        byte[] truncated = ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + "x".repeat(2000)).getBytes(StandardCharsets.US_ASCII);
        MockHttpServletResponse damaged = editor.upload("/fr/admin/publications/new", details(marker, "fr"), "file", "guide.pdf",
                "application/pdf", truncated);
        assertThat(damaged.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(damaged.getContentAsString()).select("#form-problem").text()).startsWith("Ce PDF est illisible");

        byte[] huge = new byte[100 * 1024 * 1024];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, huge, 0, header.length);
        MockHttpServletResponse tooLarge = editor.upload("/fr/admin/publications/new", details(marker, "fr"), "file", "guide.pdf",
                "application/pdf", huge);
        assertThat(tooLarge.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLarge.getContentAsString()).select("#form-problem").text()).startsWith("Le fichier dépasse 50 Mo");

        assertThat(jdbc.queryForObject("select count(*) from publication where title_en = ?", Long.class, marker)).isZero();
        try (Stream<Path> left = Files.list(storage.resolve("publications"))) {
            assertThat(left.filter(p -> p.toString().endsWith(".part"))).as("nothing half-received is left").isEmpty();
        }
    }
}
