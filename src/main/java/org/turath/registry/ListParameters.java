package org.turath.registry;

import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;

import static org.turath.shared.RequestParameters.enumValue;
import static org.turath.shared.RequestParameters.flag;
import static org.turath.shared.RequestParameters.intBetween;
import static org.turath.shared.RequestParameters.present;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The List's query parameters as a reader types them; every one is optional and checked here, so a
 * malformed value becomes a translated 400, never a 500.
 */
public record ListParameters(String state, String kind, String status, String criterion, String year, String danger,
                          String sort, String cursor, String limit) {

    private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CRITERION = Pattern.compile("[A-Z_]{1,40}:[a-z0-9]{1,10}");

    public HeritageQuery toQuery(Language language) {
        return new HeritageQuery(
                present(state).map(value -> matching(value, ISO2, "state").toUpperCase(Locale.ROOT)),
                present(kind).map(value -> enumValue(HeritageKind.class, value, "kind")),
                present(status).map(value -> enumValue(HeritageStatus.class, value, "status")),
                present(criterion).map(value -> matching(value, CRITERION, "criterion")),
                present(year).map(value -> Integer.valueOf(matching(value, YEAR, "year"))),
                present(danger).map(value -> flag(value, "danger")).orElse(false),
                present(sort).map(value -> enumValue(HeritageSort.class, value, "sort")).orElse(HeritageSort.NAME),
                language,
                present(cursor),
                present(limit).map(value -> intBetween(value, 1, HeritageQuery.MAX_LIMIT, "limit")).orElse(HeritageQuery.DEFAULT_LIMIT));
    }

    /** The filters alone (no order, position or size) as a query string, {@code ""} or {@code ?state=MA&kind=NATURAL}. */
    public String filterQuery() {
        StringBuilder query = new StringBuilder();
        String[][] pairs = {{"state", state}, {"kind", kind}, {"status", status}, {"criterion", criterion}, {"year", year},
                {"danger", danger}};
        for (String[] pair : pairs) {
            present(pair[1]).ifPresent(value -> query.append(query.isEmpty() ? '?' : '&').append(pair[0]).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        }
        return query.toString();
    }

    public boolean any() {
        return present(state).or(() -> present(kind)).or(() -> present(status)).or(() -> present(criterion))
                .or(() -> present(year)).or(() -> present(danger)).isPresent();
    }



    private static String matching(String value, Pattern pattern, String parameter) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidRequestException(parameter);
        }
        return value;
    }

}
