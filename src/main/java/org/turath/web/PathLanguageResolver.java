package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.turath.shared.Language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The page language comes from the path prefix; where there is none (the root, the API, an
 * unknown prefix), from the browser's Accept-Language among the portal's languages, else Arabic.
 */
public class PathLanguageResolver implements LocaleResolver {

    private static final List<Locale> SUPPORTED = Arrays.stream(Language.values()).map(l -> Locale.forLanguageTag(l.tag())).toList();

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return LanguagePaths.languageOf(LanguagePaths.requestedPath(request))
                .orElseGet(() -> preferred(request))
                .locale();
    }

    /** The best of the portal's languages for this browser. */
    public static Language preferred(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Language.DEFAULT;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Language.DEFAULT : Language.of(match);
        } catch (IllegalArgumentException malformedHeader) {
            return Language.DEFAULT;
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the path prefix");
    }
}
