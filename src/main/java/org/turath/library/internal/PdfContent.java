package org.turath.library.internal;

import org.turath.shared.Refusal;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the library reads from a PDF: its text (Apache Tika's PDF parser), its number of pages, and
 * an image of its first page. A file that is not a readable PDF is refused here, before anything is kept.
 */
@Component
class PdfContent {

    /** At most this much text is kept for search: several hundred pages. */
    static final int MAX_TEXT = 2_000_000;
    private static final int THUMBNAIL_WIDTH = 320;

    record Read(String text, int pages) {
    }

    Read read(Path pdf) {
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
        Metadata metadata = new Metadata();
        try (InputStream in = Files.newInputStream(pdf)) {
            new PDFParser().parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new Refusal("library", "pdf-protected");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new Refusal("library", "pdf-damaged");
            }
            // a very long text: its beginning is searchable
        } catch (TikaException | IOException | RuntimeException e) {
            throw new Refusal("library", "pdf-damaged");
        }
        String pages = metadata.get("xmpTPg:NPages");
        int count = pages != null && pages.matches("\\d{1,6}") ? Integer.parseInt(pages) : 0;
        if (count == 0) {
            // no page: nothing a reader could open
            throw new Refusal("library", "pdf-damaged");
        }
        return new Read(handler.toString().strip(), count);
    }

    /** The most pixels a page is ever rendered with for its thumbnail (about 16 MB of memory). */
    static final double MAX_PIXELS = 4_000_000;

    /** The first page as a PNG {@value #THUMBNAIL_WIDTH} pixels wide, written to {@code target}. */
    void thumbnail(Path pdf, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("no page");
            }
            PDRectangle box = document.getPage(0).getCropBox();
            // never render a huge page large: the scale is chosen for the thumbnail's width, and bounded so the whole
            // page never takes more than MAX_PIXELS (a 1 KB file can declare a page kilometres tall)
            float width = Math.max(1f, box.getWidth());
            float height = Math.max(1f, box.getHeight());
            double scale = Math.min(150 / 72.0, THUMBNAIL_WIDTH * 2.0 / width);
            scale = Math.min(scale, Math.sqrt(MAX_PIXELS / ((double) width * height)));
            BufferedImage page = new PDFRenderer(document).renderImage(0, (float) scale);
            // within THUMBNAIL_WIDTH × twice that, proportions kept (a very tall page becomes a thin strip, not a giant)
            Thumbnails.of(page).size(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 2).outputFormat("png").toFile(target.toFile());
        }
    }
}
