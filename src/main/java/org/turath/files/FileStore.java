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
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files people upload and files the portal makes: streamed in with a size limit (never held in memory), stored under
 * generated names (the uploaded name is only ever shown), and typed by their content with Apache Tika, never by their
 * name or the browser's word.
 * <p>
 * They are kept in the {@link Storage} (turath.storage.type): with {@code disk}, the storage directory is the store
 * itself; with {@code s3}, the bucket is, shared by every node, and the storage directory is this node's copy of what
 * it wrote or read, filled again from the bucket on demand (it can be emptied at any time). A file is in the bucket
 * before the method that keeps it returns, so another node can serve it at once.
 */
@Component
public class FileStore {

    private final Path root;
    private final Tika tika = new Tika();
    /** The shared store when it is not the storage directory itself; null on disk. */
    private final Storage remote;

    FileStore(@Value("${turath.storage.dir:./data/files}") Path root, Storage storage) {
        this.root = root.toAbsolutePath().normalize();
        this.remote = storage.directory().filter(this.root::equals).isPresent() ? null : storage;
    }

    /** Where files are kept for good, for people (no credential). */
    public String describe() {
        return remote == null ? "disk " + root : remote.describe();
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
        Path file = area(area).resolve(name);
        Files.move(received.file(), file, StandardCopyOption.ATOMIC_MOVE);
        kept(file);
        return name;
    }

    /**
     * A new generated name in {@code area}, for a file the portal writes itself (a thumbnail); once written whole,
     * {@link #kept} puts it in the store.
     */
    public Path newFile(String area, String extension) throws IOException {
        return area(area).resolve(UUID.randomUUID() + "." + extension);
    }

    /**
     * Puts a file written at a place this store gave ({@link #newFile}, {@link #tree}) into the shared store; on
     * failure the file is deleted here too, and nothing stays anywhere.
     */
    public void kept(Path written) throws IOException {
        if (remote == null) {
            return;
        }
        try {
            remote.put(keyOf(written), written);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(written);
            throw e;
        }
    }

    /** Puts every file of a directory {@link #tree} gave into the shared store (an image's tiles, once all are written). */
    public void keptTree(String area, UUID id) throws IOException {
        if (remote == null) {
            return;
        }
        Path directory = tree(area, id);
        try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                remote.put(keyOf(file), file);
            }
        } catch (IOException | RuntimeException e) {
            try {
                remote.deleteUnder(keyOf(directory));
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The file of a stored name; a name that is not one of ours is refused, whatever it contains. */
    public Path path(String area, String storedName) {
        return present(place(area, storedName));
    }

    /**
     * {@code file}, a place under this store (a tile of a {@link #tree}), fetched from the shared store when this node
     * does not have it yet; when neither has it, it does not exist.
     */
    public Path present(Path file) {
        if (remote == null) {
            return file;
        }
        try {
            // the cache keeps what is used: its time is what trimCache compares
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (NoSuchFileException notHere) {
            try {
                remote.get(keyOf(file), file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } catch (IOException untouched) {
            // there, but its time could not be set: served as it is
        }
        return file;
    }

    /**
     * With a shared store, the storage directory is this node's cache: when it holds more than {@code maxBytes}, the
     * copies used longest ago are deleted until it holds 80 % of that (each is in the bucket, and fetched again when
     * needed). Copies used or written within {@code untouchedFor} stay, so nothing being written (a received upload, an
     * image's tiles before they go up) is taken. Returns the bytes freed; on disk it does nothing.
     */
    public long trimCache(long maxBytes, Duration untouchedFor) throws IOException {
        if (remote == null || maxBytes <= 0 || !Files.isDirectory(root)) {
            return 0;
        }
        record Copy(Path file, long size, FileTime used) {
        }
        List<Copy> candidates = new ArrayList<>();
        long total = 0;
        Instant recent = Instant.now().minus(untouchedFor);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                total += attributes.size();
                if (!file.getFileName().toString().endsWith(".part") && attributes.lastModifiedTime().toInstant().isBefore(recent)) {
                    candidates.add(new Copy(file, attributes.size(), attributes.lastModifiedTime()));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        if (total <= maxBytes) {
            return 0;
        }
        candidates.sort(Comparator.comparing(Copy::used));
        long goal = maxBytes / 10 * 8;
        long freed = 0;
        for (Copy copy : candidates) {
            if (total - freed <= goal) {
                break;
            }
            if (Files.deleteIfExists(copy.file())) {
                freed += copy.size();
            }
        }
        return freed;
    }

    public void delete(String area, String storedName) throws IOException {
        Path file = place(area, storedName);
        Files.deleteIfExists(file);
        if (remote != null) {
            remote.delete(keyOf(file));
        }
    }

    /** Where a stored name of {@code area} is on this node; a name that is not one of ours is refused, whatever it contains. */
    private Path place(String area, String storedName) {
        if (storedName == null || !storedName.matches("[0-9a-f-]{36}\\.[a-z0-9]{2,5}")) {
            throw new IllegalArgumentException("not a stored name: " + storedName);
        }
        if (area == null || !area.matches("[a-z]+")) {
            throw new IllegalArgumentException("not an area: " + area);
        }
        return root.resolve(area).resolve(storedName);
    }

    /** The key of a place under the storage directory. */
    private String keyOf(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(root) || normalized.equals(root)) {
            throw new IllegalArgumentException("not a place of this store: " + file.getFileName());
        }
        return Storage.checked(root.relativize(normalized).toString().replace(normalized.getFileSystem().getSeparator(), "/"));
    }

    /** A directory of {@code area} named by {@code id}, for the many files one thing is made of (an image's tiles); not created. */
    public Path tree(String area, java.util.UUID id) throws IOException {
        return area(area).resolve(id.toString());
    }

    /** Deletes the directory of {@code area} named by {@code id} and everything in it. */
    public void deleteTree(String area, java.util.UUID id) throws IOException {
        Path directory = tree(area, id);
        deleteTree(directory);
        if (remote != null) {
            remote.deleteUnder(keyOf(directory));
        }
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
