package org.turath.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.turath.shared.Language;

import java.util.Optional;

/** Reads and rewrites the {@code /{lang}/...} prefix that every page carries. */
public final class LanguagePaths {

    private LanguagePaths() {
    }

    /** The path the reader asked for: on an error dispatch, the original one. */
    public static String requestedPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    public static Optional<Language> languageOf(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return Language.fromTag(first).filter(language -> language.tag().equals(first));
    }

    /** The same page in another language: the prefix replaced (or added), the rest kept. */
    public static String switchTo(String path, Language target) {
        Optional<Language> current = languageOf(path);
        String rest = current.isPresent() ? path.substring(1 + current.get().tag().length()) : "";
        if (rest.isEmpty()) {
            rest = "/";
        }
        return "/" + target.tag() + rest;
    }
}
