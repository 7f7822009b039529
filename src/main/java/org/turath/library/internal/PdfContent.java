package org.turath.library.internal;

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
import org.turath.library.LibraryException;
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
            throw new LibraryException("pdf-protected");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new LibraryException("pdf-damaged");
            }
            // a very long text: its beginning is searchable
        } catch (TikaException | IOException | RuntimeException e) {
            throw new LibraryException("pdf-damaged");
        }
        String pages = metadata.get("xmpTPg:NPages");
        int count = pages != null && pages.matches("\\d{1,6}") ? Integer.parseInt(pages) : 0;
        if (count == 0) {
            // no page: nothing a reader could open
            throw new LibraryException("pdf-damaged");
        }
        return new Read(handler.toString().strip(), count);
    }

    /** The first page as a PNG {@value #THUMBNAIL_WIDTH} pixels wide, written to {@code target}. */
    void thumbnail(Path pdf, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("no page");
            }
            PDRectangle box = document.getPage(0).getCropBox();
            // never render a huge page large: the scale is chosen for the thumbnail's width
            float dpi = Math.max(8f, Math.min(150f, THUMBNAIL_WIDTH * 2 * 72f / Math.max(1f, box.getWidth())));
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
            Thumbnails.of(page).width(THUMBNAIL_WIDTH).outputFormat("png").toFile(target.toFile());
        }
    }
}
