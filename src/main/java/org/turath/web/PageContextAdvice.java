package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link PageContext} into every page's model as {@code page}. */
@ControllerAdvice
class PageContextAdvice {

    static final String ATTRIBUTE = "page";

    private final String publicUrl;

    PageContextAdvice(@org.springframework.beans.factory.annotation.Value("${turath.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where the portal is reached from outside: for the addresses shared pages carry (OpenGraph). */
    @ModelAttribute("publicUrl")
    String publicUrl() {
        return publicUrl;
    }

    @ModelAttribute(ATTRIBUTE)
    PageContext page(HttpServletRequest request) {
        return PageContext.of(request);
    }
}
