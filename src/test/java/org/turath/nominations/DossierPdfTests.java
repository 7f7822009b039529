package org.turath.nominations;

import org.turath.nominations.CommitteeSessionId;
import org.turath.nominations.NominationFileId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.nominations.internal.NominationDesk;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier PDF as a reader gets it: Arabic shaped and in reading order, every section there. */
@IntegrationTest
class DossierPdfTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    NominationDesk desk;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.turath.nominations.NominationFixture> fixtures;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    NominationFixture people;

    @BeforeEach
    void setUp() {
        people = fixtures.getObject();
    }

    @Test
    void theDossierPdfHoldsTheArabicTextInReadingOrderAndEverySection() throws Exception {
        NominationFileId id = people.completeDraft("Ksar of Letters");
        desk.fill(people.focalMorocco, id, desk.open(people.focalMorocco, id).file().version(), "history",
                Map.of("history.history.ar", "بني القصر في القرن الثاني عشر على طريق القوافل",
                        "history.history.en", "Built in the 12th century on the caravan route."));
        String reference = desk.submit(people.focalMorocco, id).reference();

        Visitor focal = new Visitor(mvc, "10.7.0.1");
        focal.signIn(people.focalMorocco.email(), NominationFixture.PASSWORD);
        MockHttpServletResponse response = focal.get("/ar/admin/nominations/" + id + "/versions/1/dossier.pdf");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains(reference + "-v1-ar.pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            // the first page, for a reviewer to look at (beside the browser screenshots)
            java.nio.file.Path screenshots = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(screenshots);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
                    "png", screenshots.resolve("dossier-ar-page-1.png").toFile());
            text = new PDFTextStripper().getText(document);
        }
        // pure-Arabic lines come back from the PDF in logical (reading) order
        assertThat(text).contains("بني القصر في القرن الثاني عشر على طريق القوافل");
        assertThat(text).contains("قصر Ksar of Letters".split(" ")[0]);
        assertThat(text).contains("ترشيح للإدراج في قائمة التراث في العالم الإسلامي");
        assertThat(text).contains("Built in the 12th century on the caravan route.");
        assertThat(text).contains(reference);
        assertThat(text).contains("التاريخ والتطور").contains("الحماية والإدارة");
    }

    @Test
    void theDossierEmbedsItsMapAndTheMinutesListTheSessionsDecisions() throws Exception {
        CommitteeSessionId session = people.session(people.nextSessionNumber(), people.member);
        NominationFileId id = people.fileIn(NominationStatus.DECIDED, session);
        Visitor focal = new Visitor(mvc, "10.7.0.3");
        focal.signIn(people.focalMorocco.email(), NominationFixture.PASSWORD);
        try (PDDocument document = Loader.loadPDF(focal.get("/en/admin/nominations/" + id + "/versions/1/dossier.pdf").getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Maps and photographs").contains("Boundaries");
            boolean image = false;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    image |= page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
                }
            }
            assertThat(image).as("the map is embedded as an image").isTrue();
        }
        MockHttpServletResponse minutes = new Visitor(mvc, "10.7.0.4").get("/ar/committee/sessions/" + session + "/minutes.pdf");
        assertThat(minutes.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(minutes.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("محضر الدورة").contains("عدم الإدراج").contains("/1");
        }
    }

    @Test
    void aVersionsDossierIsDrawnOnceAndServedFromTheFileStoreEvenToSixPeopleAtOnce() throws Exception {
        NominationFileId id = people.completeDraft("Ksar of Many Readers");
        desk.submit(people.focalMorocco, id);
        java.nio.file.Path kept = java.nio.file.Path.of("target/test-files/dossiers");
        java.util.function.Supplier<Long> keptFiles = () -> {
            try (var files = java.nio.file.Files.list(kept)) {
                return files.filter(f -> f.toString().endsWith(".pdf")).count();
            } catch (java.io.IOException missing) {
                return 0L;
            }
        };
        long before = keptFiles.get();
        Visitor focal = new Visitor(mvc, "10.7.0.5");
        focal.signIn(people.focalMorocco.email(), NominationFixture.PASSWORD);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<byte[]>> downloads = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            downloads.add(pool.submit(() -> focal.get("/fr/admin/nominations/" + id + "/versions/1/dossier.pdf").getContentAsByteArray()));
        }
        java.util.Set<String> bodies = new java.util.HashSet<>();
        for (var download : downloads) {
            bodies.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(download.get())));
        }
        pool.shutdown();
        // one drawing, kept: six identical answers, one file more in the store
        assertThat(bodies).hasSize(1);
        assertThat(keptFiles.get()).isEqualTo(before + 1);
        // the next download is the kept file, byte for byte; another language is another drawing
        byte[] again = focal.get("/fr/admin/nominations/" + id + "/versions/1/dossier.pdf").getContentAsByteArray();
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(again))).isIn(bodies);
        assertThat(focal.get("/ar/admin/nominations/" + id + "/versions/1/dossier.pdf").getStatus()).isEqualTo(200);
        assertThat(keptFiles.get()).isEqualTo(before + 2);
    }

    @Test
    void aFocalPointOfAnotherStateCannotDownloadTheDossier() throws Exception {
        NominationFileId id = people.completeDraft("Ksar of Closed Doors");
        desk.submit(people.focalMorocco, id);
        Visitor egypt = new Visitor(mvc, "10.7.0.2");
        egypt.signIn(people.focalEgypt.email(), NominationFixture.PASSWORD);
        assertThat(egypt.get("/en/admin/nominations/" + id + "/versions/1/dossier.pdf").getStatus()).isEqualTo(404);
    }
}
