package org.turath.web;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the portal sends one of its own JPEG copies of a photograph: as a JPEG whatever the file, never sniffed, and
 * kept by the reader's browser only ({@code private}): a photograph that stops being public must not stay in a shared
 * cache.
 */
public final class PhotoResponses {

    private PhotoResponses() {
    }

    public static ResponseEntity<FileSystemResource> jpeg(Path file, Duration keep) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(keep).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}
