package org.turath.files;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Files people upload, on local disk under the storage directory: streamed in with a size limit
 * (never held in memory), stored under generated names (the uploaded name is only ever shown), and
 * typed by their content with Apache Tika, never by their name or the browser's word.
 */
@Component
public class FileStore {

    private final Path root;
    private final Tika tika = new Tika();

    FileStore(@Value("${turath.storage.dir:./data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** An upload taken in: where it is, how big, and what its content says it is. */
    public record Received(Path file, long size, String detectedType) {
    }

    /** The upload was larger than allowed; nothing of it is kept. */
    public static class TooLargeException extends IOException {
        public TooLargeException() {
            super("too large");
        }
    }

    /**
     * The name an upload came with, to show only (never a path): its last part, without control or
     * bidi characters, at most {@code maxLength} long; {@code fallback} when nothing is left.
     */
    public static String shownName(String original, String fallback, int maxLength) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = org.turath.shared.TextInput.line(name.substring(name.lastIndexOf('/') + 1));
        return name == null ? fallback : name.substring(0, Math.min(name.length(), maxLength));
    }

    /** Streams {@code in} into a new file of {@code area}, refusing it past {@code maxBytes}. */
    public Received receive(InputStream in, String area, long maxBytes) throws IOException {
        Path directory = area(area);
        Path file = directory.resolve(UUID.randomUUID() + ".part");
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException();
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            // whatever stopped the copy (a closed connection, a stream that was never there), no half file stays
            Files.deleteIfExists(file);
            throw e;
        }
        String type;
        try (InputStream stored = new BufferedInputStream(Files.newInputStream(file))) {
            type = tika.detect(stored);
        }
        return new Received(file, size, type);
    }

    /** Gives a received file its final generated name in {@code area}. */
    public String keep(Received received, String area, String extension) throws IOException {
        String name = UUID.randomUUID() + "." + extension;
        Files.move(received.file(), area(area).resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    /** A new generated name in {@code area}, for a file the portal writes itself (a thumbnail). */
    public Path newFile(String area, String extension) throws IOException {
        return area(area).resolve(UUID.randomUUID() + "." + extension);
    }

    /** The file of a stored name; a name that is not one of ours is refused, whatever it contains. */
    public Path path(String area, String storedName) {
        if (storedName == null || !storedName.matches("[0-9a-f-]{36}\\.[a-z0-9]{2,5}")) {
            throw new IllegalArgumentException("not a stored name: " + storedName);
        }
        return root.resolve(area).resolve(storedName);
    }

    public void delete(String area, String storedName) throws IOException {
        Files.deleteIfExists(path(area, storedName));
    }

    /** A directory of {@code area} named by {@code id}, for the many files one thing is made of (an image's tiles); not created. */
    public Path tree(String area, java.util.UUID id) throws IOException {
        return area(area).resolve(id.toString());
    }

    /** Deletes the directory of {@code area} named by {@code id} and everything in it. */
    public void deleteTree(String area, java.util.UUID id) throws IOException {
        deleteTree(tree(area, id));
    }

    /** Deletes {@code directory} and everything in it; nothing when it is not there. */
    public static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    public void discard(Received received) throws IOException {
        Files.deleteIfExists(received.file());
    }

    private Path area(String area) throws IOException {
        if (!area.matches("[a-z]+")) {
            throw new IllegalArgumentException(area);
        }
        Path directory = root.resolve(area);
        Files.createDirectories(directory);
        return directory;
    }

    /** Deletes {@code storedName} of {@code area} once the current transaction commits: the file a new one replaced. */
    public void deleteAfterCommit(String area, String storedName) {
        if (storedName == null) {
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        deleteQuietly(area, storedName);
                    }
                });
    }

    /** Deletes {@code storedName} of {@code area} if the current transaction rolls back: nothing will point to it. */
    public void deleteOnRollback(String area, String storedName) {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_ROLLED_BACK) {
                            deleteQuietly(area, storedName);
                        }
                    }
                });
    }

    private void deleteQuietly(String area, String storedName) {
        try {
            delete(area, storedName);
        } catch (IOException | IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(FileStore.class).warn("File {} not deleted: {}", storedName, e.getMessage());
        }
    }
}
