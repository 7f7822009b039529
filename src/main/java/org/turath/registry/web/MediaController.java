package org.turath.registry.web;

import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.accounts.Actor;
import org.turath.registry.internal.media.MediaLibrary;

import java.io.IOException;
import java.time.Duration;

/**
 * Serves the images of heritage items: to anyone when the item is published, else only to those
 * who may see it in the back office. Files are immutable under their id, so browsers keep them.
 */
@Controller
class MediaController {

    private final MediaLibrary library;

    MediaController(MediaLibrary library) {
        this.library = library;
    }

    @GetMapping("/media/{id}")
    ResponseEntity<FileSystemResource> image(@PathVariable UUID id, Authentication authentication) throws IOException {
        return send(library.serve(Actor.of(authentication), id, MediaLibrary.Size.FULL));
    }

    @GetMapping("/media/{id}/medium")
    ResponseEntity<FileSystemResource> medium(@PathVariable UUID id, Authentication authentication) throws IOException {
        return send(library.serve(Actor.of(authentication), id, MediaLibrary.Size.MEDIUM));
    }

    @GetMapping("/media/{id}/thumb")
    ResponseEntity<FileSystemResource> thumbnail(@PathVariable UUID id, Authentication authentication) throws IOException {
        return send(library.serve(Actor.of(authentication), id, MediaLibrary.Size.THUMB));
    }

    private static ResponseEntity<FileSystemResource> send(MediaLibrary.Served served) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(served.contentType()))
                .contentLength(served.size())
                .lastModified(served.modified())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .body(new FileSystemResource(served.file()));
    }

}
