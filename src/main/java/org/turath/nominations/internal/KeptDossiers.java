package org.turath.nominations.internal;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationVersion;
import org.turath.shared.Language;
import org.turath.files.FileStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Dossier PDFs of submitted versions, drawn once and kept. A version is frozen, so its dossier in one language
 * never changes: it is drawn the first time someone asks for it, written to the file store, and served from there
 * afterwards. Drawing a long dossier takes seconds of CPU, so it happens on a small pool of its own (a burst of
 * downloads waits its turn instead of slowing every page), and several people asking for the same dossier at once
 * wait for one drawing.
 */
@Component
public class KeptDossiers {

    private static final String AREA = "dossiers";

    private final DossierPdf pdf;
    private final FileStore store;
    private final ThreadPoolExecutor drawing;
    private final ConcurrentHashMap<String, CompletableFuture<Path>> underway = new ConcurrentHashMap<>();

    KeptDossiers(DossierPdf pdf, FileStore store, @Value("${turath.documents.drawing-threads:2}") int threads,
                 @Value("${turath.documents.drawing-queue:16}") int queue) {
        this.pdf = pdf;
        this.store = store;
        this.drawing = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue), runnable -> {
            Thread thread = new Thread(runnable, "dossier-drawing");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        drawing.allowCoreThreadTimeOut(true);
    }

    /** The kept PDF of {@code version} with its labels in {@code language}; drawn now if it never was. */
    public Path dossier(NominationFile file, NominationVersion version, List<DossierPdf.Figure> figures, Language language) {
        String name = UUID.nameUUIDFromBytes((file.id() + "/" + version.number() + "/" + language.tag())
                .getBytes(StandardCharsets.UTF_8)) + ".pdf";
        Path kept = store.path(AREA, name);
        if (Files.exists(kept)) {
            return kept;
        }
        CompletableFuture<Path> drawn = underway.computeIfAbsent(name, key -> {
            CompletableFuture<Path> future = new CompletableFuture<>();
            try {
                drawing.execute(() -> {
                    try {
                        future.complete(draw(file, version, figures, language, kept));
                    } catch (RuntimeException | Error e) {
                        future.completeExceptionally(e);
                    } finally {
                        underway.remove(key);
                    }
                });
            } catch (RejectedExecutionException full) {
                // (not removed here: a map cannot be changed from inside its own computeIfAbsent)
                future.completeExceptionally(new org.turath.shared.BusyException("dossier drawing queue full"));
            }
            return future;
        });
        if (drawn.isCompletedExceptionally()) {
            underway.remove(name, drawn);
        }
        try {
            return drawn.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Path draw(NominationFile file, NominationVersion version, List<DossierPdf.Figure> figures, Language language, Path kept) {
        if (Files.exists(kept)) {
            return kept;
        }
        byte[] document = pdf.render(file, version, figures, language);
        try {
            Files.createDirectories(kept.getParent());
            Path part = kept.resolveSibling(kept.getFileName() + ".part");
            Files.write(part, document);
            Files.move(part, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        drawing.shutdownNow();
    }
}
