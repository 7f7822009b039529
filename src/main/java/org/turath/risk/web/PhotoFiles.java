package org.turath.risk.web;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.accounts.Actor;
import org.turath.risk.internal.PhotoDesk;
import org.turath.shared.RequestParameters;
import org.turath.web.PhotoResponses;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A report's photographs: the public sees those of published reports, the desk those of the reports it may see. Only
 * the portal's own JPEG copies are ever sent; they never change under their id.
 */
@Controller
class PhotoFiles {

    private final PhotoDesk photos;

    PhotoFiles(PhotoDesk photos) {
        this.photos = photos;
    }

    @GetMapping("/heritage-at-risk/photos/{id}")
    ResponseEntity<FileSystemResource> large(@PathVariable String id, Authentication authentication) {
        return send(photos.file(Actor.of(authentication), RequestParameters.pathId(id, "photo"), PhotoDesk.Size.LARGE));
    }

    @GetMapping("/heritage-at-risk/photos/{id}/thumb")
    ResponseEntity<FileSystemResource> thumb(@PathVariable String id, Authentication authentication) {
        return send(photos.file(Actor.of(authentication), RequestParameters.pathId(id, "photo"), PhotoDesk.Size.THUMB));
    }

    private static ResponseEntity<FileSystemResource> send(Path file) {
        return PhotoResponses.jpeg(file, Duration.ofDays(7));
    }
}
