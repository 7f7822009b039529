package org.turath.risk.web;

import org.turath.risk.domain.EventSource;
import org.turath.risk.domain.QudsEvent;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An observatory entry as its form posts it. The date is a day ({@code 2024-05-03}), a month ({@code 2024-05}) or a
 * year ({@code 2024}), as precisely as the sources say; sources are rows of a citation, its date and a link
 * ({@code citation[0]}, {@code sourceDate[0]}, {@code link[0]}…), at least one of them complete.
 */
record QudsForm(String version, String submission, String occurredOn, String landmark, Trilingual place, String kind, Trilingual title,
                Trilingual description, List<String> citation, List<String> sourceDate, List<String> link) implements FormRecord {

    static final int SOURCE_ROWS = 5;

    static QudsForm empty() {
        return new QudsForm(null, null, null, null, null, null, null, null, List.of(), List.of(), List.of());
    }

    static QudsForm of(QudsEvent entry) {
        QudsEvent.Content c = entry.content();
        String date = switch (c.precision()) {
            case DAY -> c.occurredOn().toString();
            case MONTH -> YearMonth.from(c.occurredOn()).toString();
            case YEAR -> String.valueOf(c.occurredOn().getYear());
        };
        return new QudsForm(String.valueOf(entry.version()), null, date, c.landmark(), Trilingual.of(c.place()), c.kind().name(),
                Trilingual.of(c.title()), Trilingual.of(c.description()), c.sources().stream().map(EventSource::citation).toList(),
                c.sources().stream().map(s -> s.sourceDate().toString()).toList(), c.sources().stream().map(EventSource::link).toList());
    }

    public String row(String field, int index) {
        List<String> values = switch (field) {
            case "citation" -> citation;
            case "sourceDate" -> sourceDate;
            case "link" -> link;
            default -> List.of();
        };
        return values != null && index < values.size() ? values.get(index) : null;
    }

    QudsEvent.Content read(LocalDate today, Map<String, String> errors) {
        LocalDate date = null;
        QudsEvent.Precision precision = QudsEvent.Precision.DAY;
        String typed = TextInput.line(occurredOn);
        try {
            if (typed == null) {
                errors.put("occurredOn", "risk.error.date");
            } else if (typed.matches("\\d{4}")) {
                date = LocalDate.of(Integer.parseInt(typed), 1, 1);
                precision = QudsEvent.Precision.YEAR;
            } else if (typed.matches("\\d{4}-\\d{2}")) {
                date = YearMonth.parse(typed).atDay(1);
                precision = QudsEvent.Precision.MONTH;
            } else {
                date = LocalDate.parse(typed);
            }
        } catch (DateTimeParseException e) {
            errors.put("occurredOn", "risk.error.date");
        }
        if (date != null && (date.getYear() < 1800 || date.isAfter(today))) {
            errors.put("occurredOn", "risk.error.quds-date-range");
        }
        QudsEvent.Kind kindValue = null;
        try {
            kindValue = QudsEvent.Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            errors.put("kind", "risk.error.required");
        }
        Trilingual titles = Trilingual.orEmpty(title);
        LocalizedText titleText = titles.line();
        if (titleText.isEmpty()) {
            errors.put("title", "risk.error.quds-title");
        } else if (titles.longerThan(300)) {
            errors.put("title", "risk.error.too-long");
        }
        Trilingual places = Trilingual.orEmpty(place);
        if (places.longerThan(300)) {
            errors.put("place", "risk.error.too-long");
        }
        Trilingual descriptions = Trilingual.orEmpty(description);
        if (descriptions.longerThan(8000)) {
            errors.put("description", "risk.error.too-long");
        }
        String landmarkCode = TextInput.line(landmark);
        if (landmarkCode == null && places.line().isEmpty()) {
            errors.put("place", "risk.error.quds-place");
        }
        List<EventSource> sources = sources(today, errors);
        return new QudsEvent.Content(date, precision, landmarkCode, places.line(), kindValue, titleText,
                new LocalizedText(TextInput.block(descriptions.ar()), TextInput.block(descriptions.en()), TextInput.block(descriptions.fr())),
                sources);
    }

    private List<EventSource> sources(LocalDate today, Map<String, String> errors) {
        List<EventSource> rows = new ArrayList<>();
        int count = Math.max(size(citation), Math.max(size(sourceDate), size(link)));
        if (count > SOURCE_ROWS) {
            errors.put("sources", "risk.error.rows");
            return rows;
        }
        for (int i = 0; i < count; i++) {
            String cited = TextInput.line(row("citation", i));
            String dated = TextInput.line(row("sourceDate", i));
            String address = TextInput.line(row("link", i));
            if (cited == null && dated == null && address == null) {
                continue;
            }
            if (cited == null || dated == null) {
                errors.putIfAbsent("sources", "risk.error.quds-source-incomplete");
                continue;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(dated);
            } catch (DateTimeParseException e) {
                errors.putIfAbsent("sources", "risk.error.date");
                continue;
            }
            if (day.isAfter(today) || day.getYear() < 1800) {
                errors.putIfAbsent("sources", "risk.error.quds-date-range");
                continue;
            }
            if (cited.length() > 500 || address != null && (address.length() > 500 || !TextInput.webAddress(address))) {
                errors.putIfAbsent("sources", "risk.error.quds-source-link");
                continue;
            }
            rows.add(new EventSource(cited, day, address));
        }
        if (rows.isEmpty()) {
            errors.putIfAbsent("sources", "risk.error.quds-sources");
        }
        return rows;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }
}
