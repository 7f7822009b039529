package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page ({@code /error}), in place of Spring Boot's, which answered a refused path such
 * as {@code /en/heritage;x=1} with an untranslated JSON body: errors raised before any controller get the same
 * translated page or problem document as the rest ({@link ErrorResponses}).
 */
@Controller
class ContainerErrors implements ErrorController {

    private final ErrorResponses errors;

    ContainerErrors(ErrorResponses errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        return errors.containerError(request, response);
    }
}
