package org.turath.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether an uploaded file is a PDF a reader can open: PDFBox must load it without a password and find at least one
 * page. What a file's first bytes say is not enough (a renamed text file starting with "%PDF-" is not a document).
 */
@Component
public class PdfCheck {

    /** What is wrong with a file that is not a readable PDF. */
    public enum Problem {
        PROTECTED,
        DAMAGED
    }

    /** The file is not a PDF a reader can open. */
    public static class NotReadable extends Exception {
        private final Problem problem;

        NotReadable(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The number of pages of {@code file}, or why it cannot be read. */
    public int pages(Path file) throws NotReadable {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new NotReadable(Problem.DAMAGED);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new NotReadable(Problem.PROTECTED);
        } catch (IOException | RuntimeException e) {
            throw new NotReadable(Problem.DAMAGED);
        }
    }
}
