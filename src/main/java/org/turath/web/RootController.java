package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.net.URI;

/** The bare root sends the reader to the home page in their browser's language, else Arabic. */
@Controller
class RootController {

    @GetMapping("/")
    ResponseEntity<Void> root(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .location(URI.create("/" + PathLanguageResolver.preferred(request).tag() + "/"))
                .build();
    }
}
