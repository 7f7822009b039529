package org.turath.risk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.RiskReport;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's photographs: checked by their content, captioned for who cannot see them, served only as the portal's own
 * copies (nothing the camera wrote in the file, such as its position), and public only once the report is.
 */
@IntegrationTest
class ReportPhotoTests {

    private static final String PASSWORD = "photographs from the field, captioned";
    private static final String HIDDEN = "GPS 36.2021N 37.1343E TURATH-TEST";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    RegistryFixture registry;

    @Autowired
    RiskFixture risk;

    @Test
    void aPhotographIsKeptAsThePortalsOwnCopyAndShownOnceTheReportIsPublished() throws Exception {
        registry.demoData();
        String email = "photos." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Photos", PASSWORD, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        Actor secretariat = new Actor(email, Set.of(Role.SECRETARIAT), Set.of());
        RiskReport report = risk.desk.create(secretariat, Optional.empty(),
                RiskFixture.content(registry.referenceOf(21), "poor", List.of(new ReportContent.Cause("9.4", "high")), false));
        Visitor desk = new Visitor(mvc, "10.78.0.1");
        desk.signIn(email, PASSWORD);
        String page = "/en/admin/risk/" + report.id();
        desk.get(page);

        MockHttpServletResponse notImage = desk.upload(page + "/photos", Map.of("phase", "AFTER", "credit", "Field team",
                "caption.en", "The west wall"), "photo", "wall.jpg", "image/jpeg", "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(notImage.getStatus()).isEqualTo(422);
        assertThat(notImage.getContentAsString()).contains("The file is not a readable JPEG, PNG or WebP image.");
        desk.get(page);
        MockHttpServletResponse noCaption = desk.upload(page + "/photos", Map.of("phase", "AFTER", "credit", "Field team"), "photo",
                "wall.jpg", "image/jpeg", org.turath.support.CameraFiles.jpegWithComment(HIDDEN));
        assertThat(noCaption.getContentAsString()).contains("Write a caption in at least one language");

        desk.get(page);
        assertThat(desk.upload(page + "/photos", Map.of("phase", "AFTER", "credit", "Field team", "takenOn", "2025-03-02",
                "caption.en", "The west wall after the shelling", "caption.ar", "الجدار الغربي بعد القصف"), "photo", "wall.jpg",
                "image/jpeg", org.turath.support.CameraFiles.jpegWithComment(HIDDEN)).getRedirectedUrl()).contains("?photo");
        String photo = Jsoup.parse(desk.get(page).getContentAsString()).select("#photos img").attr("src")
                .replaceAll(".*/photos/([0-9a-f-]{36})/thumb", "$1");

        Visitor reader = new Visitor(mvc, "10.78.0.2");
        assertThat(reader.get("/heritage-at-risk/photos/" + photo).getStatus()).isEqualTo(404);
        MockHttpServletResponse kept = desk.get("/heritage-at-risk/photos/" + photo);
        assertThat(kept.getContentType()).isEqualTo("image/jpeg");
        assertThat(new String(kept.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain(HIDDEN);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(kept.getContentAsByteArray())).getWidth()).isEqualTo(1600);

        risk.desk.submit(secretariat, report.id(), risk.version(report.id()));
        risk.desk.verify(RiskFixture.EXPERT, report.id(), risk.version(report.id()), null);
        risk.desk.publish(secretariat, report.id(), risk.version(report.id()));
        assertThat(reader.get("/heritage-at-risk/photos/" + photo).getStatus()).isEqualTo(200);
        Document shown = Jsoup.parse(reader.get("/fr/heritage-at-risk/reports/" + report.id()).getContentAsString());
        assertThat(shown.select(".report-photos img").attr("alt")).isEqualTo("The west wall after the shelling");
        assertThat(shown.select(".report-photos figcaption").text()).contains("Après les dommages", "Photo : Field team", "2025");
        // a published report's photographs are what was checked: they no longer change
        desk.get(page);
        assertThat(desk.post(page + "/photos/" + photo + "/remove", Map.of()).getStatus()).isEqualTo(422);
    }
}
