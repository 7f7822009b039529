package org.turath.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Copies every object of one store into another (disk to S3 when an installation grows to several nodes, S3 to disk
 * to come back), verified by SHA-256: an object already in the target with the same checksum is skipped, so a move
 * that stopped half-way is run again and goes on; one whose copy does not match is reported and left for the next
 * run. The source is never changed: once the portal runs on the target, the operator removes it.
 */
final class StorageMove {

    /** What a move did; {@code failed} names the keys that did not copy (at most 100 of them kept). */
    record Report(long copied, long skipped, long bytes, long failedCount, List<String> failed) {
        boolean complete() {
            return failedCount == 0;
        }
    }

    private final Storage from;
    private final Storage to;
    private final Path scratch;

    /** {@code scratch}: a directory for the copy of one object at a time on its way between two remote stores. */
    StorageMove(Storage from, Storage to, Path scratch) {
        this.from = from;
        this.to = to;
        this.scratch = scratch;
    }

    Report run(Consumer<String> progress) throws IOException {
        long copied = 0;
        long skipped = 0;
        long bytes = 0;
        long failedCount = 0;
        List<String> failed = new ArrayList<>();
        Files.createDirectories(scratch);
        try (Stream<Storage.Stored> objects = from.all()) {
            Iterator<Storage.Stored> it = objects.iterator();
            long seen = 0;
            while (it.hasNext()) {
                Storage.Stored object = it.next();
                seen++;
                try {
                    if (copy(object)) {
                        copied++;
                        bytes += object.size();
                    } else {
                        skipped++;
                    }
                } catch (IOException | UncheckedIOException | IllegalStateException e) {
                    failedCount++;
                    if (failed.size() < 100) {
                        failed.add(object.key() + ": " + e.getMessage());
                    }
                }
                if (seen % 1000 == 0) {
                    progress.accept(seen + " objects: " + copied + " copied, " + skipped + " already there, " + failedCount + " failed");
                }
            }
        }
        return new Report(copied, skipped, bytes, failedCount, List.copyOf(failed));
    }

    /** Copies one object unless the target has it already; true when copied. */
    private boolean copy(Storage.Stored object) throws IOException {
        String key = object.key();
        Optional<Storage.Stored> there = to.find(key);
        String sha256;
        if (there.isPresent() && there.get().size() == object.size()) {
            sha256 = from.sha256(key).orElseThrow(() -> new IllegalStateException("gone from the source"));
            if (to.sha256(key).filter(sha256::equals).isPresent()) {
                return false;
            }
        }
        Path local = from.directory().map(directory -> directory.resolve(key)).orElse(null);
        Path transit = null;
        try {
            if (local == null) {
                transit = scratch.resolve("object");
                if (!from.get(key, transit)) {
                    throw new IllegalStateException("gone from the source");
                }
                local = transit;
            }
            sha256 = Storage.sha256Of(local);
            to.put(key, local);
        } finally {
            if (transit != null) {
                Files.deleteIfExists(transit);
            }
        }
        String written = to.sha256(key).orElse("");
        if (!written.equals(sha256)) {
            throw new IllegalStateException("the copy does not match the source (SHA-256 " + written + " for " + sha256 + ")");
        }
        return true;
    }
}
