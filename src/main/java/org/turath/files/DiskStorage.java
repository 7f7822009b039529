package org.turath.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Objects as files under a directory of this node's disk, the key as the relative path: the embedded default, and one
 * side of a move to or from S3. A file is written beside its place and moved in whole.
 */
final class DiskStorage implements Storage {

    private final Path root;

    DiskStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path file(String key) {
        return root.resolve(Storage.checked(key));
    }

    @Override
    public void put(String key, Path file) throws IOException {
        Path target = file(key);
        if (target.equals(file.toAbsolutePath().normalize())) {
            return;
        }
        copyWhole(file, target);
    }

    /** Copies {@code source} beside {@code target}, then moves it in: a reader sees the old file or the whole new one. */
    private static void copyWhole(Path source, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(UUID.randomUUID() + ".part");
        try {
            Files.copy(source, partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public boolean get(String key, Path target) throws IOException {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (file.equals(target.toAbsolutePath().normalize())) {
            return true;
        }
        copyWhole(file, target);
        return true;
    }

    @Override
    public Optional<Stored> find(String key) throws IOException {
        Path file = file(key);
        return Files.isRegularFile(file) ? Optional.of(new Stored(key, Files.size(file))) : Optional.empty();
    }

    @Override
    public Optional<String> sha256(String key) throws IOException {
        Path file = file(key);
        return Files.isRegularFile(file) ? Optional.of(Storage.sha256Of(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    @Override
    public void deleteUnder(String prefix) throws IOException {
        FileStore.deleteTree(file(prefix));
    }

    @Override
    public Stream<Stored> all() throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        Stream<Path> walk = Files.walk(root);
        return walk.filter(Files::isRegularFile)
                .map(file -> root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"))
                // files being written (.part) and anything that is not an object of ours are left out
                .filter(key -> Storage.isKey(key) && !key.endsWith(".part"))
                .map(key -> {
                    try {
                        return new Stored(key, Files.size(root.resolve(key)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .onClose(walk::close);
    }

    @Override
    public String describe() {
        return "disk " + root;
    }

    @Override
    public Optional<Path> directory() {
        return Optional.of(root);
    }
}
