package org.turath.risk.web;

import org.turath.risk.ReportFilter;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.Vocabularies;
import org.turath.shared.InvalidRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The filters of the public list of reports and of {@code /api/v1/reports}, as the address gives them; a value that is
 * not a state code, a term of its vocabulary or a date is a 400, never silently ignored.
 */
record RiskParameters(String state, String item, String condition, String priority, String factor, String from, String until,
                      String cursor) {

    ReportFilter filter(Vocabularies vocabularies) {
        Optional<String> stateCode = present(state).map(s -> {
            if (!s.matches("[A-Za-z]{2}")) {
                throw new InvalidRequestException("state");
            }
            return s.toUpperCase(Locale.ROOT);
        });
        Optional<String> itemReference = present(item).map(s -> {
            if (!s.matches("[A-Za-z]{2,5}-\\d{1,9}")) {
                throw new InvalidRequestException("item");
            }
            return s.toUpperCase(Locale.ROOT);
        });
        return new ReportFilter(stateCode, itemReference, term(vocabularies, Vocabulary.CONDITION, condition, "condition"),
                term(vocabularies, Vocabulary.PRIORITY, priority, "priority"), term(vocabularies, Vocabulary.FACTOR, factor, "factor"),
                date(from, "from"), date(until, "until"));
    }

    /** The filters as a query string (without the cursor), for links that keep them: "state=SY&condition=poor". */
    String query() {
        StringBuilder query = new StringBuilder();
        append(query, "state", state);
        append(query, "item", item);
        append(query, "condition", condition);
        append(query, "priority", priority);
        append(query, "factor", factor);
        append(query, "from", from);
        append(query, "until", until);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        present(value).ifPresent(v -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Optional<String> term(Vocabularies vocabularies, Vocabulary vocabulary, String value, String parameter) {
        return present(value).map(code -> {
            if (vocabularies.term(vocabulary, code).isEmpty()) {
                throw new InvalidRequestException(parameter);
            }
            return code;
        });
    }

    private static Optional<LocalDate> date(String value, String parameter) {
        try {
            return present(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter);
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
