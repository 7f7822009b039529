package org.turath.search;

import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;

import static org.turath.shared.RequestParameters.enumValue;
import static org.turath.shared.RequestParameters.flag;
import static org.turath.shared.RequestParameters.intBetween;
import static org.turath.shared.RequestParameters.present;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A search as the pages and the API receive it, every parameter optional and checked here: a
 * malformed value is a translated 400 naming the parameter, never a 500. Repeated parameters (or
 * comma-separated values) select several values of one facet.
 *
 * <p>{@code box=south,west,north,east}; {@code near=lat,lon} or {@code nearRef=IWH-0042} with
 * {@code km} (default 100).
 */
public record SearchParameters(String q, List<String> type, List<String> kind, List<String> status, List<String> state,
                               List<String> region, List<String> criterion, List<String> decade, String danger, String box,
                               String near, String nearRef, String km, String sort, String cursor, String limit) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z_\\-]{1,40}");
    private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CRITERION = Pattern.compile("[A-Z_]{1,40}:[a-z0-9]{1,10}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}0");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,5}-\\d{1,9}");
    private static final double DEFAULT_KM = 100;

    /**
     * The query; {@code locate} finds a document's coordinates by reference for {@code nearRef}
     * (empty when it has none or does not exist).
     */
    public SearchQuery toQuery(Language language, Function<String, Optional<double[]>> locate) {
        return new SearchQuery(
                present(q),
                values(type, "type", CODE, v -> v.toUpperCase(Locale.ROOT)),
                values(kind, "kind", CODE, v -> v.toUpperCase(Locale.ROOT).replace('-', '_')),
                values(status, "status", CODE, v -> v.toUpperCase(Locale.ROOT).replace('-', '_')),
                values(state, "state", ISO2, v -> v.toUpperCase(Locale.ROOT)),
                values(region, "region", CODE, v -> v.toUpperCase(Locale.ROOT).replace('-', '_')),
                values(criterion, "criterion", CRITERION, Function.identity()),
                values(decade, "decade", DECADE, Function.identity()).stream().map(Integer::valueOf).collect(Collectors.toSet()),
                present(danger).map(value -> flag(value, "danger")).orElse(false),
                present(box).map(SearchParameters::box),
                circle(locate),
                present(sort).map(value -> enumValue(SearchSort.class, value, "sort")),
                language,
                present(cursor),
                present(limit).map(value -> intBetween(value, 1, SearchQuery.MAX_LIMIT, "limit")).orElse(SearchQuery.DEFAULT_LIMIT));
    }

    private Optional<SearchQuery.Circle> circle(Function<String, Optional<double[]>> locate) {
        Optional<double[]> centre = present(near).map(value -> numbers(value, 2, "near"))
                .or(() -> present(nearRef).map(reference -> {
                    if (!REFERENCE.matcher(reference).matches()) {
                        throw new InvalidRequestException("nearRef");
                    }
                    return locate.apply(reference).orElseThrow(() -> new InvalidRequestException("nearRef"));
                }));
        if (centre.isEmpty()) {
            if (present(km).isPresent()) {
                throw new InvalidRequestException("km");
            }
            return Optional.empty();
        }
        double radius = present(km).map(value -> numbers(value, 1, "km")[0]).orElse(DEFAULT_KM);
        try {
            return Optional.of(new SearchQuery.Circle(centre.get()[0], centre.get()[1], radius));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(present(km).isPresent() && (radius <= 0 || radius > 20_000) ? "km" : "near");
        }
    }

    private static SearchQuery.Box box(String value) {
        double[] edges = numbers(value, 4, "box");
        try {
            return new SearchQuery.Box(edges[0], edges[1], edges[2], edges[3]);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("box");
        }
    }

    private static double[] numbers(String value, int count, String parameter) {
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw new InvalidRequestException(parameter);
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(parameter);
            }
            if (!Double.isFinite(numbers[i])) {
                throw new InvalidRequestException(parameter);
            }
        }
        return numbers;
    }


    private static Set<String> values(List<String> raw, String parameter, Pattern pattern, Function<String, String> normalise) {
        if (raw == null) {
            return Set.of();
        }
        return raw.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> {
                    if (!pattern.matcher(value).matches()) {
                        throw new InvalidRequestException(parameter);
                    }
                    return normalise.apply(value);
                })
                .collect(Collectors.toSet());
    }

}
