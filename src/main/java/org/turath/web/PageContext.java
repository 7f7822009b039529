package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import org.turath.shared.Language;

import java.util.Arrays;
import java.util.List;

/**
 * What the shared page layout needs to know about the current request, given to every template
 * as {@code page}: the language and direction, the same page in the other languages, and links
 * within the current language. Error pages get it too.
 */
public record PageContext(Language language, String path, String query, String signedInAs) {

    public record Alternate(Language language, String href, boolean current) {
        public String tag() {
            return language.tag();
        }
    }

    public static PageContext of(HttpServletRequest request) {
        String path = LanguagePaths.requestedPath(request);
        Language language = LanguagePaths.languageOf(path).orElseGet(() -> PathLanguageResolver.preferred(request));
        // the query of an error dispatch belongs to /error, not to the page asked for
        String query = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) == null
                ? request.getQueryString() : null;
        return new PageContext(language, path, query, request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
    }

    public boolean signedIn() {
        return signedInAs != null;
    }

    public String lang() {
        return language.tag();
    }

    public String dir() {
        return language.dir();
    }

    /** The page's locale as OpenGraph writes it. */
    public String ogLocale() {
        return switch (language) {
            case AR -> "ar_AR";
            case EN -> "en_GB";
            case FR -> "fr_FR";
        };
    }

    public boolean rtl() {
        return language.rightToLeft();
    }

    /** This page in each language; a page outside the language tree points to each language's home. */
    public List<Alternate> alternates() {
        boolean inLanguageTree = LanguagePaths.languageOf(path).isPresent();
        return Arrays.stream(Language.values())
                .map(other -> new Alternate(other, inLanguageTree
                        ? withQuery(LanguagePaths.switchTo(path, other), query)
                        : "/" + other.tag() + "/", other == language))
                .toList();
    }

    /** The portal's other languages, in their order (the header names the site in them too). */
    public List<Language> otherLanguages() {
        return Arrays.stream(Language.values()).filter(other -> other != language).toList();
    }

    /** A path within the current language: {@code href("/heritage")} is {@code /fr/heritage} on a French page. */
    public String href(String relative) {
        return "/" + language.tag() + (relative.startsWith("/") ? relative : "/" + relative);
    }

    /** {@code "page"} when this page is the section {@code relative} leads to (or within it), for aria-current; else null. */
    public String currentFor(String relative) {
        String section = href(relative);
        boolean home = relative.equals("/");
        boolean within = home ? path.equals(section) || path.equals("/" + language.tag())
                : path.equals(section) || path.startsWith(section + "/");
        return within ? "page" : null;
    }

    /** An entry of the main navigation: where it leads, its label's message key, and whether this page is in it. */
    public record NavEntry(String href, String label, String current) {
    }

    /** A section of the main navigation: where it leads (within the language) and its label's key. */
    private record Section(String path, String label) {
    }

    /** The main navigation's sections, in order. */
    private static final List<Section> MAIN_NAV = List.of(
            new Section("/", "nav.home"), new Section("/heritage", "nav.heritage"), new Section("/states", "nav.states"),
            new Section("/map", "nav.map"), new Section("/museums", "museums.nav"), new Section("/trainings", "nav.trainings"),
            new Section("/publications", "nav.publications"), new Section("/news", "nav.news"),
            new Section("/committee/sessions", "nav.committee"), new Section("/heritage-at-risk", "risk.title"),
            new Section("/figures", "nav.figures"), new Section("/open-data", "nav.api"));

    /** The main navigation, the section this page is in marked current. */
    public List<NavEntry> mainNav() {
        return MAIN_NAV.stream().map(section -> new NavEntry(href(section.path()), section.label(), currentFor(section.path()))).toList();
    }

    /**
     * What the main navigation depends on, for keeping it drawn ({@code tu:keep}): the language and the section this
     * page is in (none on most pages outside the navigation's sections).
     */
    public String mainNavKey() {
        StringBuilder key = new StringBuilder(lang());
        for (int i = 0; i < MAIN_NAV.size(); i++) {
            if (currentFor(MAIN_NAV.get(i).path()) != null) {
                key.append('|').append(i);
            }
        }
        return key.toString();
    }

    /** The satisfaction survey about this page (the footer's link). */
    public String feedbackHref() {
        return href("/feedback") + "?from=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** This page with one query parameter replaced, or removed when {@code value} is null or empty. */
    public String withParam(String name, Object value) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        // the request's query is percent-encoded: decode it so that building encodes each value once
        // (by hand: a broken escape such as "q=%" must not fail the page)
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                if (!key.equals(name) && !key.isEmpty()) {
                    builder.queryParam(key, equals < 0 ? null : decode(pair.substring(equals + 1)));
                }
            }
        }
        if (value != null && !value.toString().isEmpty()) {
            builder.queryParam(name, value);
        }
        return builder.encode().build().toUriString();
    }

    /** Percent-decoding that keeps a broken escape ("%", "%zz") as typed instead of failing the page. */
    private static String decode(String encoded) {
        try {
            return UriUtils.decode(encoded.replace('+', ' '), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded;
        }
    }

    private static String withQuery(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
