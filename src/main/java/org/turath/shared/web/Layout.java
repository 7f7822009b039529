package org.turath.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.turath.shared.Language;

import java.util.Arrays;
import java.util.List;

/**
 * What the shared page layout needs to know about the current request, for templates as
 * {@code @layout}: the language and direction, and the same page in the other languages. It works
 * on error pages too, where no controller filled a model.
 */
@Component("layout")
public class Layout {

    public record Alternate(Language language, String href, boolean current) {
        public String tag() {
            return language.tag();
        }
    }

    public Language language() {
        HttpServletRequest request = currentRequest();
        return request == null ? Language.DEFAULT
                : LanguagePaths.languageOf(LanguagePaths.requestedPath(request))
                        .orElseGet(() -> PathLanguageResolver.preferred(request));
    }

    public List<Alternate> alternates() {
        HttpServletRequest request = currentRequest();
        Language current = language();
        String path = request == null ? "/" : LanguagePaths.requestedPath(request);
        String query = request == null || LanguagePaths.languageOf(path).isEmpty() ? null : request.getQueryString();
        return Arrays.stream(Language.values())
                .map(language -> new Alternate(language, withQuery(LanguagePaths.switchTo(path, language), query),
                        language == current))
                .toList();
    }

    /** A path within the current language, e.g. {@code href("/heritage")} gives {@code /fr/heritage}. */
    public String href(String path) {
        return "/" + language().tag() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The current page with one query parameter replaced (or removed when value is null), for paging and filter links. */
    public String withParam(String name, Object value) {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return "/";
        }
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(LanguagePaths.requestedPath(request))
                .query(request.getQueryString());
        builder.replaceQueryParam(name);
        if (value != null && !value.toString().isEmpty()) {
            builder.queryParam(name, value);
        }
        return builder.build().encode().toUriString();
    }

    private static String withQuery(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
