package org.turath.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files a reader downloads: the type, a name to save under, and how long it may be kept. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String filename, String cacheControl) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .body(content);
    }

    /** A file on disk, streamed (never read into memory). */
    public static ResponseEntity<org.springframework.core.io.Resource> attachment(java.nio.file.Path file, MediaType type, String filename,
                                                                                  String cacheControl) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .body(new org.springframework.core.io.FileSystemResource(file));
    }

    /** A plain name when it is ASCII; else the name encoded as RFC 6266 says (a title in Arabic survives the download). */
    private static String disposition(String filename) {
        boolean ascii = filename.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
        return (ascii ? ContentDisposition.attachment().filename(filename)
                : ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8)).build().toString();
    }
}
