package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link PageContext} into every page's model as {@code page}. */
@ControllerAdvice
class PageContextAdvice {

    static final String ATTRIBUTE = "page";

    @ModelAttribute(ATTRIBUTE)
    PageContext page(HttpServletRequest request) {
        return PageContext.of(request);
    }
}
