package org.turath.fund.web;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.fund.internal.ProjectPhotoDesk;
import org.turath.shared.RequestParameters;
import org.turath.web.PhotoResponses;

import java.time.Duration;

/** A funded project's photographs, for anyone: only the portal's own JPEG copies, which never change under their id. */
@Controller
class ProjectPhotoFiles {

    private final ProjectPhotoDesk photos;

    ProjectPhotoFiles(ProjectPhotoDesk photos) {
        this.photos = photos;
    }

    @GetMapping("/support-fund/photos/{id}")
    ResponseEntity<FileSystemResource> large(@PathVariable String id) {
        return PhotoResponses.jpeg(photos.file(RequestParameters.pathId(id, "photo"), ProjectPhotoDesk.Size.LARGE), Duration.ofDays(7));
    }

    @GetMapping("/support-fund/photos/{id}/thumb")
    ResponseEntity<FileSystemResource> thumb(@PathVariable String id) {
        return PhotoResponses.jpeg(photos.file(RequestParameters.pathId(id, "photo"), ProjectPhotoDesk.Size.THUMB), Duration.ofDays(7));
    }
}
