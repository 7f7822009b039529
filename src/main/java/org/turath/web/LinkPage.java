package org.turath.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The page a link in a mail opens (confirm an address, stop following): it does nothing by being opened — a mail
 * scanner opens links — but shows a button that does. Its model is {@code known} (the link is one we sent), the
 * action's flag ({@code confirmed}, {@code stopped}: whether it is done), {@code token} (for the button, while there is
 * something to do) and {@code name} (what the link is about). An unknown link answers 404; never kept by a cache.
 */
public final class LinkPage {

    private LinkPage() {
    }

    /** The page as the link opens it: {@code done} says whether the action was already done. */
    public static String opened(String view, String flag, boolean known, boolean done, String token, String name, Model model,
                                HttpServletResponse response) {
        return draw(view, flag, known, done, known ? token : null, name, model, response);
    }

    /** The page once its button was pressed: {@code done} says whether the action was done now (false for an unknown link). */
    public static String pressed(String view, String flag, boolean done, String name, Model model, HttpServletResponse response) {
        return draw(view, flag, done, done, null, name, model, response);
    }

    private static String draw(String view, String flag, boolean known, boolean done, String token, String name, Model model,
                               HttpServletResponse response) {
        NoStore.always(response);
        if (!known) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("known", known);
        model.addAttribute(flag, done);
        model.addAttribute("token", token);
        model.addAttribute("name", name);
        return view;
    }
}
