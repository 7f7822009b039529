package org.turath.alerts.web;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.accounts.Actor;
import org.turath.alerts.internal.AlertPhotoDesk;
import org.turath.shared.RequestParameters;
import org.turath.web.PhotoResponses;

import java.nio.file.Path;
import java.time.Duration;

/** An alert's photographs: to anyone once the alert is public, before that to those who work on it. */
@Controller
class AlertPhotoFiles {

    private final AlertPhotoDesk photos;

    AlertPhotoFiles(AlertPhotoDesk photos) {
        this.photos = photos;
    }

    @GetMapping("/alerts/photos/{id}")
    ResponseEntity<FileSystemResource> large(@PathVariable String id, Authentication authentication) {
        return send(photos.file(Actor.of(authentication), RequestParameters.pathId(id, "photo"), AlertPhotoDesk.Size.LARGE));
    }

    @GetMapping("/alerts/photos/{id}/thumb")
    ResponseEntity<FileSystemResource> thumb(@PathVariable String id, Authentication authentication) {
        return send(photos.file(Actor.of(authentication), RequestParameters.pathId(id, "photo"), AlertPhotoDesk.Size.THUMB));
    }

    private static ResponseEntity<FileSystemResource> send(Path file) {
        return PhotoResponses.jpeg(file, Duration.ofHours(1));
    }
}
