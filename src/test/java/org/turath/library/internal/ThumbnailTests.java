package org.turath.library.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A thumbnail costs the same bounded memory whatever size a PDF declares for its page. */
class ThumbnailTests {

    @Test
    void aTinyPdfWithAnEnormousPageGetsASmallThumbnail(@TempDir Path temp) throws Exception {
        Path pdf = temp.resolve("tall.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(new PDRectangle(200, 14_000_000)));
            document.save(pdf.toFile());
        }
        assertThat(Files.size(pdf)).isLessThan(2_000);
        Path thumbnail = temp.resolve("tall.png");
        new PdfContent().thumbnail(pdf, thumbnail);
        BufferedImage image = ImageIO.read(thumbnail.toFile());
        assertThat(image.getWidth()).isLessThanOrEqualTo(320);
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(4_000_000);
    }
}
