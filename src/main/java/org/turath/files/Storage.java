package org.turath.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the portal's files are kept for good, by key ({@code area/name}, or {@code area/id/…} for the many files of an
 * image's tiles): a directory on the node's disk ({@link DiskStorage}, the default) or a bucket of any S3-compatible
 * store shared by every node ({@link S3Storage}). {@link FileStore} is what modules use; this is what it, and the
 * command that moves an installation's files from one store to the other, write to.
 * <p>
 * Every object is written whole or not at all: a reader never sees half a file, and a failed write leaves nothing.
 */
public interface Storage {

    /** An object: its key and size in bytes. */
    record Stored(String key, long size) {
    }

    /** Keys: a lower-case area, then names of letters, digits, {@code _ . -}; no empty, hidden or parent part. */
    Pattern KEY = Pattern.compile("[a-z]+(/(?!\\.)[A-Za-z0-9_.-]+)+");

    /** Copies {@code file} into the store as {@code key} (replacing what it held), with its SHA-256 kept beside it. */
    void put(String key, Path file) throws IOException;

    /** Writes the object into {@code target} (whole: through a temporary file); false, and nothing written, when there is none. */
    boolean get(String key, Path target) throws IOException;

    /** The object's size, if there is one. */
    Optional<Stored> find(String key) throws IOException;

    /** The SHA-256 of the object's content (hex), if there is an object. */
    Optional<String> sha256(String key) throws IOException;

    /** Deletes the object; nothing when there is none. */
    void delete(String key) throws IOException;

    /** Deletes every object whose key starts with {@code prefix} + "/". */
    void deleteUnder(String prefix) throws IOException;

    /** Every object, read lazily (a bucket or directory of millions is never listed at once); close the stream. */
    Stream<Stored> all() throws IOException;

    /** Where the store is, for people (no credential). */
    String describe();

    /** The directory the store keeps its objects in as files, when it is a local one. */
    default Optional<Path> directory() {
        return Optional.empty();
    }

    static boolean isKey(String key) {
        return key != null && key.length() <= 512 && KEY.matcher(key).matches();
    }

    static String checked(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return key;
    }

    /** The SHA-256 of everything {@code in} gives (hex); reads it to the end. */
    static String sha256Of(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a file's content (hex). */
    static String sha256Of(Path file) throws IOException {
        return sha256Of(java.nio.file.Files.newInputStream(file));
    }
}
