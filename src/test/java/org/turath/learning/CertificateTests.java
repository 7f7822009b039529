package org.turath.learning;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.learning.internal.TrainingDesk;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificates of attendance: the PDF in the participant's language, its QR code, and the public page that confirms or denies a code. */
@IntegrationTest
class CertificateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingDesk desk;

    @Test
    void anAttendedParticipantGetsAnArabicCertificateWhoseQrCodeLeadsToThePageThatConfirmsIt() throws Exception {
        // under way: attendance can be marked
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Certified", 20, Duration.ofHours(-2), Duration.ofDays(1), false));
        String name = "فاطمة الزهراء بنعلي";
        TrainingDesk.Registered registered = desk.register(activity, new TrainingDesk.Applicant(name, "fz." + UUID.randomUUID()
                + "@example.org", Language.AR, null));
        TrainingDesk.Registered absent = desk.register(activity, LearningFixture.applicant("Absent Person", Language.EN));
        Visitor participant = new Visitor(mvc, "10.40.0.1");
        String page = "/ar/trainings/registration?token=" + registered.secret();
        assertThat(Jsoup.parse(participant.get(page).getContentAsString()).select("a[href*=certificate.pdf]")).isEmpty();
        assertThat(participant.get("/ar/trainings/registration/certificate.pdf?token=" + registered.secret()).getStatus()).isEqualTo(404);

        int certified = desk.markAttendance(LearningFixture.SECRETARIAT, activity, Set.of(registered.registration().id()),
                Set.of(registered.registration().id(), absent.registration().id()));
        assertThat(certified).isEqualTo(1);
        assertThat(Jsoup.parse(participant.get(page).getContentAsString()).select("a[href*=certificate.pdf]")).hasSize(1);

        MockHttpServletResponse pdf = participant.get("/ar/trainings/registration/certificate.pdf?token=" + registered.secret());
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text;
        String qr;
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(document);
            java.nio.file.Path screenshots = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(screenshots);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
                    "png", screenshots.resolve("certificate-ar.png").toFile());
            qr = qrCodeOn(document);
        }
        // the Arabic name comes back from the PDF in reading order, its letters joined (shaped), not reversed
        assertThat(text).contains(name).contains("شهادة حضور").contains("Certified").contains("الرباط");
        String code = desk.registration(registered.secret()).certificateCode();
        assertThat(text).contains(code);
        assertThat(qr).endsWith("/ar/certificates/" + code);

        Visitor stranger = new Visitor(mvc, "10.40.0.2");
        MockHttpServletResponse verified = stranger.get(qr.substring(qr.indexOf("/ar/")));
        assertThat(verified.getStatus()).isEqualTo(200);
        var verification = Jsoup.parse(verified.getContentAsString());
        assertThat(verification.select("[role=status]").text()).contains("هذه الشهادة صحيحة", name, "ورشة Certified");
        // nothing else about the person: not their e-mail
        assertThat(verified.getContentAsString()).doesNotContain("@example.org");
        // typed by hand: lower case, no dashes, O for 0
        assertThat(stranger.get("/en/certificates?code=" + code.toLowerCase().replace("-", "").replace('0', 'o')).getStatus()).isEqualTo(200);
    }

    @Test
    void aForgedOrUnknownCodeIsDeniedWithoutSayingAnythingElse() throws Exception {
        Visitor stranger = new Visitor(mvc, "10.40.0.3");
        for (String forged : new String[]{"ABCD-EFGH-JKMN", "0000-0000-0000", "not a code", "'; drop table learning_registration; --",
                "<script>alert(1)</script>", "A".repeat(500)}) {
            MockHttpServletResponse denied = stranger.get("/fr/certificates?code={code}", forged);
            assertThat(denied.getStatus()).as(forged).isEqualTo(404);
            assertThat(Jsoup.parse(denied.getContentAsString()).select("[role=alert]").text())
                    .contains("Aucune attestation ne porte ce code");
            assertThat(denied.getContentAsString()).doesNotContain("<script>alert(1)</script>");
        }
        // a person marked absent has no certificate, even with a code issued earlier
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Unmarked", 5, Duration.ofHours(-1), Duration.ofDays(1), false));
        TrainingDesk.Registered registered = desk.register(activity, LearningFixture.applicant("Marked Then Unmarked", Language.FR));
        org.turath.learning.RegistrationId id = registered.registration().id();
        desk.markAttendance(LearningFixture.SECRETARIAT, activity, Set.of(id), Set.of(id));
        String code = desk.registration(registered.secret()).certificateCode();
        assertThat(stranger.get("/fr/certificates/" + code).getStatus()).isEqualTo(200);
        desk.markAttendance(LearningFixture.SECRETARIAT, activity, Set.of(), Set.of(id));
        assertThat(stranger.get("/fr/certificates/" + code).getStatus()).isEqualTo(404);
    }

    /** The text of the QR code drawn on the PDF's page. */
    private static String qrCodeOn(PDDocument document) throws Exception {
        for (var name : document.getPage(0).getResources().getXObjectNames()) {
            if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)));
                return new QRCodeReader().decode(bitmap).getText();
            }
        }
        throw new AssertionError("no image on the certificate");
    }
}
