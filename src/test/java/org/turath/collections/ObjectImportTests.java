package org.turath.collections;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing objects as a curator does it: a file with problems is refused whole, each problem by row and column in
 * the reader's language, and nothing is added or kept; a broken ZIP, a file that is not text, a file in another
 * encoding are refused with their reason; a correct file is checked first (a dry run that adds nothing), then run: every
 * object is added as a draft of the curator's museum, and its images — checked by content, a fake refused and listed —
 * are processed with the progress on the page.
 */
@IntegrationTest
class ObjectImportTests {

    private static final String PASSWORD = "importing the collection";
    private static final String HEADER = "museum,inventory_number,title_ar,title_en,type_en,materials_en,height_cm,year_from,year_to,"
            + "inscription,inscription_lang,unesco_id_no,images,image_credit,image_licence,image_alt_en\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    MuseumDesk museums;

    @org.springframework.beans.factory.annotation.Value("${turath.storage.dir}")
    String storage;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private Visitor curatorOf(String museum, String s) throws Exception {
        String email = "import." + s + "@example.org";
        accounts.create(email, "Importer " + s, PASSWORD, Language.EN, "Museum", Set.of(Role.MUSEUM_CURATOR), Set.of());
        Actor keeper = new Actor("import.keeper@example.org", Set.of(Role.SECRETARIAT), Set.of());
        museums.addCurator(keeper, museums.shown(museum).orElseThrow().id(), email);
        Visitor visitor = new Visitor(mvc, "10.88." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private String museum(String s) {
        Actor keeper = new Actor("import.keeper@example.org", Set.of(Role.SECRETARIAT), Set.of());
        Museum museum = museums.create(keeper, Optional.empty(), new Museum.Details("import-museum-" + s,
                new LocalizedText("متحف الاستيراد " + s, "Import museum " + s, null), MuseumKind.ISLAMIC_ART, "QA",
                new LocalizedText(null, "Doha", null), null, null, null, null, null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), null, Set.of()));
        museums.publish(keeper, museum.id(), museum.version(), true);
        return museum.reference();
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "objects.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return new MockMultipartFile("images", "images.zip", "application/zip", bytes.toByteArray());
    }

    private MockHttpServletResponse send(Visitor visitor, String lang, MockMultipartFile... files) throws Exception {
        visitor.get("/" + lang + "/admin/collections/import");
        return visitor.uploadAll("/" + lang + "/admin/collections/import", Map.of(), files);
    }

    private int objectsOf(String museum) {
        return jdbc.queryForObject("select count(*) from collection_object o join museum m on m.id = o.museum_id where m.reference = ?",
                Integer.class, museum);
    }

    @Test
    void aFileWithProblemsIsRefusedWholeEachProblemByRowAndColumnAndNothingIsKept() throws Exception {
        registry.demoData();
        String s = UUID.randomUUID().toString().substring(0, 8);
        String museum = museum(s);
        Visitor curator = curatorOf(museum, s);
        int staged = stagedFiles();

        String rows = HEADER
                + museum + ",A-1,إبريق,Ewer,Ewer,Bronze,12.5,1100,1200,,,,,,,\n"
                + museum + ",A-2,,Bowl,Bowl,Clay,-4,1300,1200,بسم الله,,,,,,\n"
                + "museum-of-islamic-art-doha,A-3,,Lamp,Lamp,Glass,,,,,,,,,,\n"
                + museum + ",A-1,,Twin,Ewer,Bronze,,,,,,99999999,,,,\n"
                + museum + ",A-5,,<script>alert(1)</script>,Tile,,,,,,,,tile.png,,NOT_A_LICENCE,\n";
        MockHttpServletResponse refused = send(curator, "fr", csv(rows));
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        List<String> problems = page.select("#import-problems tbody tr").eachText();
        assertThat(problems).anyMatch(p -> p.startsWith("3 height_cm"))
                .anyMatch(p -> p.startsWith("3 year_to"))
                .anyMatch(p -> p.startsWith("3 inscription_lang"))
                .anyMatch(p -> p.startsWith("5 unesco_id_no") && p.contains("99999999"))
                .anyMatch(p -> p.startsWith("6 image_credit"))
                .anyMatch(p -> p.startsWith("6 image_licence"))
                .anyMatch(p -> p.startsWith("6 image_alt_*"));
        // in the reader's language
        assertThat(page.select("#import-problems h2").text()).contains("n’a pas été importé");
        assertThat(refused.getContentAsString()).doesNotContain("<script>alert(1)");
        // the database's checks come once the form's pass: another museum, a twin inventory number, an image not in the ZIP
        String other = museum(s + "o");
        String second = HEADER
                + museum + ",B-1,,Ewer,Ewer,,,,,,,,,,,\n"
                + other + ",B-2,,Lamp,Lamp,,,,,,,,,,,\n"
                + museum + ",B-1,,Twin,Ewer,,,,,,,,,,,\n"
                + museum + ",B-4,,Tile,Tile,,,,,,,,missing.png,Museum,CC_BY,A tile\n";
        page = Jsoup.parse(send(curator, "en", csv(second), zip(Map.of("other.png", CollectionTests.png(40, 40)))).getContentAsString());
        problems = page.select("#import-problems tbody tr").eachText();
        assertThat(problems).containsExactly("3 museum You can only add objects to the museums you curate.",
                "4 inventory_number The same museum and inventory number as row 2.",
                "5 images The ZIP archive holds no file named missing.png.");
        assertThat(objectsOf(museum)).isZero();

        // a file that is not text, a broken ZIP, another encoding, an unknown column, an unclosed quotation mark
        MockHttpServletResponse binary = send(curator, "en", new MockMultipartFile("file", "objects.csv", "text/csv", CollectionTests.png(20, 20)));
        assertThat(Jsoup.parse(binary.getContentAsString()).select(".alert-danger").text()).isEqualTo("This file is not a CSV text file.");
        MockHttpServletResponse brokenZip = send(curator, "en", csv(second), new MockMultipartFile("images", "images.zip", "application/zip",
                java.util.Arrays.copyOf(zip(Map.of("a.png", CollectionTests.png(40, 40))).getBytes(), 60)));
        assertThat(Jsoup.parse(brokenZip.getContentAsString()).select(".alert-danger").text())
                .isEqualTo("The images file is not a ZIP archive, or it is damaged.");
        MockHttpServletResponse latin1 = send(curator, "ar", new MockMultipartFile("file", "objects.csv", "text/csv",
                (HEADER + museum + ",C-1,,Théière,Théière,,,,,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(Jsoup.parse(latin1.getContentAsString()).select("#import-problems td").text()).contains("UTF-8");
        MockHttpServletResponse unknown = send(curator, "en", csv("museum,inventory_number,title_en,type_en,colour\n" + museum + ",D-1,A,B,red\n"));
        assertThat(Jsoup.parse(unknown.getContentAsString()).select("#import-problems td").text()).contains("Unknown column colour.");
        MockHttpServletResponse quote = send(curator, "en", csv("museum,inventory_number,title_en,type_en\n" + museum + ",\"E-1,A,B\n"));
        assertThat(quote.getStatus()).isEqualTo(422);
        assertThat(objectsOf(museum)).isZero();
        assertThat(stagedFiles()).as("nothing of a refused file is kept").isEqualTo(staged);
    }

    @Test
    void aCheckedFileIsRunItsObjectsAddedAsDraftsAndItsImagesProcessedAFakeOneListed() throws Exception {
        registry.demoData();
        String s = UUID.randomUUID().toString().substring(0, 8);
        String museum = museum(s);
        Visitor curator = curatorOf(museum, s);
        String heritage = registry.referenceOf(170);
        String rows = HEADER
                + museum + ",IMP-1,إبريق الصقر,Falcon ewer,Ewer,Bronze,\"٣٢٫٥\",1100,1200,صنعه أحمد,ar,,front.png;back.png,Museum " + s
                + ",CC_BY,The ewer\n"
                + museum + ",IMP-2,,Lustre bowl,Bowl,,,,,,,,fake.png,Museum " + s + ",cc-by-sa,The bowl\n"
                + museum + ",IMP-3,,Tile,Tile,,,,,,,170,,,,\n";
        MockMultipartFile images = zip(Map.of("front.png", CollectionTests.png(800, 600), "back.png", CollectionTests.png(600, 800),
                "fake.png", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse checked = send(curator, "en", csv(rows), images);
        assertThat(checked.getStatus()).as(checked.getContentAsString()).isEqualTo(302);
        String job = checked.getRedirectedUrl();
        // the dry run added nothing
        assertThat(objectsOf(museum)).isZero();
        Document page = Jsoup.parse(curator.get(job).getContentAsString());
        assertThat(page.select("[role=status]").text()).contains("Checked: ready to import", "3", "Images");
        // another curator does not see the job
        Visitor stranger = curatorOf(museum(s + "x"), s + "x");
        assertThat(stranger.get(job).getStatus()).isEqualTo(404);

        assertThat(curator.post(job + "/run", Map.of()).getStatus()).isEqualTo(302);
        // a double click runs it once
        curator.get(job);
        assertThat(curator.post(job + "/run", Map.of()).getStatus()).isEqualTo(302);
        for (int i = 0; i < 600 && !Jsoup.parse(curator.get(job).getContentAsString()).select("[role=status]").text().contains("Imported"); i++) {
            Thread.sleep(100);
        }
        page = Jsoup.parse(curator.get(job).getContentAsString());
        assertThat(page.select("[role=status]").text()).contains("Imported", "3 of 3", "2 of 3, 1 refused");
        assertThat(page.select("#image-problems-heading ~ ul").text()).contains("Row 3, fake.png", "not an image the portal reads");
        assertThat(objectsOf(museum)).isEqualTo(3);
        assertThat(jdbc.queryForList("select o.published from collection_object o join museum m on m.id = o.museum_id where m.reference = ?",
                Boolean.class, museum)).containsOnly(false);
        assertThat(jdbc.queryForObject("select height_cm from collection_object where inventory_number = 'IMP-1' and reference like ?",
                java.math.BigDecimal.class, museum + "%")).isEqualByComparingTo("32.5");
        assertThat(jdbc.queryForObject("select inscription_lang from collection_object where reference = ?", String.class,
                museum + "-imp-1")).isEqualTo("ar");
        assertThat(jdbc.queryForList("select h.reference from collection_object_heritage h join collection_object o on o.id = h.object_id"
                + " where o.reference = ?", String.class, museum + "-imp-3")).containsExactly(heritage);
        assertThat(jdbc.queryForObject("select count(*) from collection_image i join collection_object o on o.id = i.object_id"
                + " where o.reference = ?", Integer.class, museum + "-imp-1")).isEqualTo(2);
        // every version is in the history, signed by the curator
        assertThat(jdbc.queryForObject("select count(*) from collection_object_aud a join revinfo r on r.rev = a.rev"
                + " where a.reference like ? and r.author = ?", Integer.class, museum + "-imp-%", "import." + s + "@example.org"))
                .isGreaterThanOrEqualTo(3);

        // the same file again: every inventory number is taken now
        page = Jsoup.parse(send(curator, "en", csv(rows), images).getContentAsString());
        assertThat(page.select("#import-problems tbody tr").eachText()).containsExactly(
                "2 inventory_number The museum already has an object with the inventory number IMP-1.",
                "3 inventory_number The museum already has an object with the inventory number IMP-2.",
                "4 inventory_number The museum already has an object with the inventory number IMP-3.");
    }

    @Test
    void throughTheRealServerHostileFilesAreRefusedInTheReadersLanguageAndLeaveNothing() throws Exception {
        registry.demoData();
        String s = UUID.randomUUID().toString().substring(0, 8);
        String museum = museum(s);
        String email = "import.real." + s + "@example.org";
        accounts.create(email, "Importer " + s, PASSWORD, Language.AR, "Museum", Set.of(Role.SECRETARIAT), Set.of());
        org.turath.support.Http browser = org.turath.support.Http.browser(port);
        browser.signIn(email, PASSWORD, "en");
        int staged = stagedFiles();
        // script in a cell, a ZIP that ends in the middle, a "CSV" that is an image, a file over what the page says
        byte[] zipStart = java.util.Arrays.copyOf(zip(Map.of("a.png", CollectionTests.png(50, 50))).getBytes(), 40);
        String csv = HEADER + museum + ",X-1,\"<img src=x onerror=alert(1)>\",<svg onload=alert(1)>,Ewer,,,,,,,,a.png,M,CC_BY,A\n";
        String token = Jsoup.parse(browser.get("/ar/admin/collections/import").body()).select("input[name=_csrf]").attr("value");
        var brokenZip = browser.upload("/ar/admin/collections/import", Map.of("_csrf", token),
                new org.turath.support.Http.Part("file", "objects.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                new org.turath.support.Http.Part("images", "images.zip", "application/zip", zipStart));
        assertThat(brokenZip.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(brokenZip.body()).select(".alert-danger").text()).isEqualTo("ملف الصور ليس أرشيف ZIP، أو هو تالف.");
        var fake = browser.upload("/fr/admin/collections/import", Map.of("_csrf", token),
                new org.turath.support.Http.Part("file", "objects.csv", "text/csv", CollectionTests.png(30, 30)));
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(fake.body()).select(".alert-danger").text()).isEqualTo("Ce fichier n’est pas un fichier texte CSV.");
        var escaped = browser.upload("/en/admin/collections/import", Map.of("_csrf", token),
                new org.turath.support.Http.Part("file", "objects.csv", "text/csv", (csv.replace("a.png,M,CC_BY,A", ",,,")
                        + museum + ",X-1,,Twin,Ewer,,,,,,,,,,,\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(escaped.statusCode()).isEqualTo(422);
        assertThat(escaped.body()).doesNotContain("<svg onload").doesNotContain("<img src=x");
        assertThat(objectsOf(museum)).isZero();
        assertThat(stagedFiles()).isEqualTo(staged);
    }

    private int stagedFiles() throws Exception {
        java.nio.file.Path area = java.nio.file.Path.of(storage).resolve("collectionimports");
        if (!java.nio.file.Files.isDirectory(area)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(area)) {
            return (int) files.count();
        }
    }
}
