package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Routes kept in their order and found by the literal start of their path, so a request is checked against the few
 * routes that can match it rather than all of them (some 500 access rules and 340 handler methods, tried one after the
 * other for every request, cost a sixth of a signed-in page).
 * <p>
 * A route's key is its first literal segments (at most {@value #DEPTH}), after the language prefix
 * ({@code /{lang:ar|en|fr}}) if it starts with one, up to the first segment with a variable or a wildcard. A request
 * path can only match routes whose key is one of its own leading segments, so its candidates are the routes under
 * those keys, and {@link #candidates} gives them in the routes' original order: trying them in turn gives the same
 * first match as trying every route. The path is read as the routes match it: Spring's parsed request path, each
 * segment decoded and without matrix variables.
 *
 * @param <T> what a route carries (an access rule, a handler method's mapping)
 */
public final class RouteIndex<T> {

    /** How many literal segments make a key: {@code /en/admin/heritage/…} is found under {@code admin/heritage}. */
    static final int DEPTH = 2;

    private static final String LANGUAGE_PREFIX = "{lang:ar|en|fr}";

    private final List<T> routes;
    private final Map<String, int[]> positions;

    private RouteIndex(List<T> routes, Map<String, int[]> positions) {
        this.routes = routes;
        this.positions = positions;
    }

    /**
     * The routes in their order, each under the key of every path pattern it has ({@code patterns} gives them; a route
     * with none, or a pattern that is not a path, is a candidate for every request).
     */
    public static <T> RouteIndex<T> of(List<T> routes, java.util.function.Function<T, List<String>> patterns) {
        Map<String, List<Integer>> keyed = new HashMap<>();
        for (int position = 0; position < routes.size(); position++) {
            List<String> of = patterns.apply(routes.get(position));
            if (of.isEmpty()) {
                keyed.computeIfAbsent(ANY, k -> new ArrayList<>()).add(position);
            }
            for (String pattern : of) {
                List<Integer> under = keyed.computeIfAbsent(key(pattern), k -> new ArrayList<>());
                if (under.isEmpty() || under.get(under.size() - 1) != position) {
                    under.add(position);
                }
            }
        }
        Map<String, int[]> positions = new HashMap<>();
        keyed.forEach((key, list) -> positions.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return new RouteIndex<>(List.copyOf(routes), Map.copyOf(positions));
    }

    /** Every route, as given. */
    public List<T> all() {
        return routes;
    }

    /**
     * The routes that may match {@code request}, in their order; empty when its path was not parsed yet, in which case
     * the caller tries them all.
     */
    public Optional<List<T>> candidates(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return Optional.empty();
        }
        List<String> segments = segments(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
        BitSet found = new BitSet(routes.size());
        Consumer<String> under = key -> {
            int[] at = positions.get(key);
            if (at != null) {
                for (int position : at) {
                    found.set(position);
                }
            }
        };
        under.accept(ANY);
        keysOf(false, segments, under);
        if (!segments.isEmpty() && isLanguage(segments.get(0))) {
            keysOf(true, segments.subList(1, segments.size()), under);
        }
        List<T> candidates = new ArrayList<>(found.cardinality());
        for (int position = found.nextSetBit(0); position >= 0; position = found.nextSetBit(position + 1)) {
            candidates.add(routes.get(position));
        }
        return Optional.of(candidates);
    }

    private static final String ANY = "*";

    /** The keys a request's segments (after its language, when {@code language}) can match: depth 0 to DEPTH. */
    private static void keysOf(boolean language, List<String> segments, Consumer<String> under) {
        String prefix = language ? "L" : "P";
        StringBuilder literal = new StringBuilder();
        under.accept(prefix + 0);
        for (int depth = 1; depth <= Math.min(DEPTH, segments.size()); depth++) {
            literal.append('/').append(segments.get(depth - 1));
            under.accept(prefix + depth + literal);
        }
    }

    /** A pattern's key: L or P (language prefix or not), how many literal segments follow, and those segments. */
    static String key(String pattern) {
        if (!pattern.startsWith("/")) {
            return ANY;
        }
        List<String> segments = new ArrayList<>(List.of(pattern.substring(1).split("/", -1)));
        boolean language = !segments.isEmpty() && segments.get(0).equals(LANGUAGE_PREFIX);
        if (language) {
            segments.remove(0);
        }
        StringBuilder literal = new StringBuilder();
        int depth = 0;
        while (depth < DEPTH && depth < segments.size() && isLiteral(segments.get(depth))) {
            literal.append('/').append(segments.get(depth));
            depth++;
        }
        return (language ? "L" : "P") + depth + literal;
    }

    private static boolean isLiteral(String segment) {
        return segment.indexOf('{') < 0 && segment.indexOf('}') < 0 && segment.indexOf('*') < 0 && segment.indexOf('?') < 0;
    }

    private static boolean isLanguage(String segment) {
        return segment.equals("ar") || segment.equals("en") || segment.equals("fr");
    }

    /** The path's segments as patterns match them: {@code /ar/} is {@code ["ar", ""]}, {@code /} is {@code [""]}. */
    static List<String> segments(PathContainer path) {
        List<String> segments = new ArrayList<>();
        boolean afterSeparator = false;
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                segments.add(segment.valueToMatch());
                afterSeparator = false;
            } else {
                if (afterSeparator) {
                    segments.add("");
                }
                afterSeparator = true;
            }
        }
        if (afterSeparator) {
            segments.add("");
        }
        return segments;
    }
}
