package org.turath.fund.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.turath.documents.PdfCheck;
import org.turath.files.FileStore;
import org.turath.fund.domain.RequestDocument;
import org.turath.shared.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The Support Fund's files (a request's documents, the signed grant): PDFs a reader can open, checked by their content
 * and size before anything is kept; a kept file is deleted again if the transaction that recorded it rolls back.
 */
@Component
class FundFiles {

    static final String AREA = "fund";
    private static final Logger log = LoggerFactory.getLogger(FundFiles.class);

    private final FileStore files;
    private final PdfCheck pdf;
    private final long documentMax;

    FundFiles(FileStore files, PdfCheck pdf, @Value("${turath.fund.document-max-mb:30}") long documentMaxMb) {
        this.files = files;
        this.pdf = pdf;
        this.documentMax = documentMaxMb * 1024 * 1024;
    }

    /** Keeps the upload if it is a readable PDF within the size limit; refused with the reason otherwise. */
    RequestDocument keepPdf(InputStream upload, String originalName, String fallbackName) {
        FileStore.Received received;
        try {
            received = files.receive(upload, AREA, documentMax);
        } catch (FileStore.TooLargeException e) {
            throw new Refusal("fund", "too-large", documentMax / (1024 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = null;
        try {
            if (!"application/pdf".equals(received.detectedType())) {
                throw new Refusal("fund", "not-pdf");
            }
            try {
                pdf.pages(received.file());
            } catch (PdfCheck.NotReadable e) {
                throw new Refusal("fund", e.problem() == PdfCheck.Problem.PROTECTED ? "pdf-protected" : "pdf-damaged");
            }
            stored = files.keep(received, AREA, "pdf");
            files.deleteOnRollback(AREA, stored);
            return new RequestDocument(stored, FileStore.shownName(originalName, fallbackName, 200), received.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (stored == null) {
                try {
                    files.discard(received);
                } catch (IOException e) {
                    log.warn("Upload not discarded: {}", e.getMessage());
                }
            }
        }
    }

    /** Deletes a file no longer used, once the transaction that dropped it commits. */
    void dropAfterCommit(String stored) {
        if (stored != null) {
            files.deleteAfterCommit(AREA, stored);
        }
    }

    Path path(String stored) {
        return files.path(AREA, stored);
    }
}
