package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spring MVC's handler methods, found through a {@link RouteIndex}: every page's address starts with a variable (the
 * language), so Spring's own lookup, which goes straight to a route only for a fixed address, tried all 340 mappings
 * for every request. This one tries those whose literal start fits the path, and picks among those that match as
 * Spring does (the most specific, an ambiguity refused). When none matches, or for a CORS preflight, Spring's own
 * lookup answers, so a wrong method (405) or media type (415) is said exactly as before.
 */
final class IndexedHandlerMapping extends RequestMappingHandlerMapping {

    private record Route(RequestMappingInfo info, HandlerMethod method) {
    }

    private volatile RouteIndex<Route> index;

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : getHandlerMethods().entrySet()) {
            routes.add(new Route(entry.getKey(), entry.getValue()));
        }
        index = RouteIndex.of(routes, route -> {
            PathPatternsRequestCondition paths = route.info().getPathPatternsCondition();
            // a mapping without path patterns (or with the old matcher) is tried for every request
            return paths == null ? List.of() : paths.getPatterns().stream().map(PathPattern::getPatternString).toList();
        });
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        RouteIndex<Route> routes = index;
        Optional<List<Route>> candidates = routes == null || CorsUtils.isPreFlightRequest(request) ? Optional.empty()
                : routes.candidates(request);
        if (candidates.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<Route> matches = new ArrayList<>(2);
        for (Route route : candidates.get()) {
            RequestMappingInfo matched = getMatchingMapping(route.info(), request);
            if (matched != null) {
                matches.add(new Route(matched, route.method()));
            }
        }
        if (matches.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        Route best = matches.get(0);
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> specific = getMappingComparator(request);
            matches.sort((a, b) -> specific.compare(a.info(), b.info()));
            best = matches.get(0);
            if (specific.compare(best.info(), matches.get(1).info()) == 0) {
                throw new IllegalStateException("Ambiguous handler methods mapped for '" + request.getRequestURI() + "': {"
                        + best.method().getMethod() + ", " + matches.get(1).method().getMethod() + "}");
            }
        }
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, best.method());
        handleMatch(best.info(), lookupPath, request);
        return best.method();
    }
}
