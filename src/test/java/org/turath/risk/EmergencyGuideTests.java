package org.turath.risk;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The emergency guide as a team in the field gets it: the page with its checklists, its PDF and its offline worker, in three languages. */
@IntegrationTest
class EmergencyGuideTests {

    @LocalServerPort
    int port;

    @Test
    void theGuideHasItsThreeStepsAndTheirChecklistsInEachLanguageAsAPageAndAsAPdf() throws Exception {
        Http http = new Http(port);
        for (String lang : java.util.List.of("ar", "en", "fr")) {
            Document page = Jsoup.parse(http.get("/" + lang + "/emergency-guide").body());
            assertThat(page.select("html").attr("lang")).isEqualTo(lang);
            assertThat(page.select(".guide-part")).hasSize(4);
            assertThat(page.select(".guide-checks input[type=checkbox]")).hasSize(22);
            // every box has its label, and no label is empty
            assertThat(page.select(".guide-checks label")).hasSize(22).allMatch(label -> !label.text().isBlank());
            assertThat(page.select("main").attr("data-scope")).isEqualTo("/" + lang + "/emergency-guide");

            HttpResponse<byte[]> pdf = http.bytes("GET", "/" + lang + "/emergency-guide.pdf");
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text.replaceAll("\\s+", " ")).contains(switch (lang) {
                    case "ar" -> "الخطوة";
                    case "en" -> "Step 2: assess damage and risk on site";
                    default -> "Étape 3 : sécuriser et stabiliser";
                });
            }

            HttpResponse<String> worker = http.get("/" + lang + "/emergency-guide.offline.js");
            assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
            assertThat(worker.body()).contains("'/" + lang + "/emergency-guide'", "'/" + lang + "/emergency-guide.pdf'");
        }
    }
}
