package org.turath.alerts.web;

import jakarta.validation.constraints.Size;
import org.turath.alerts.AlertEvent;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.shared.LocalizedText;
import org.turath.shared.RequestParameters;
import org.turath.shared.TextInput;
import org.turath.web.FormFields;
import org.turath.web.FormRecord;
import org.turath.web.Slugs;
import org.turath.web.Trilingual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An alert as its form posts it: what happened, when and where, who reports it and their references, and the object in
 * Object ID terms. The museum, when the object was in one, is named by its address on the portal; sizes are in
 * centimetres with digits of any script; the date is the day the loss was found (a day not after today).
 */
record AlertForm(String version, String submission, @Size(max = 20, message = "alerts.error.event") String event,
                 @Size(max = 20, message = "alerts.error.date") String eventDate, Trilingual place,
                 @Size(max = 4, message = "alerts.error.state") String state,
                 @Size(max = 80, message = "alerts.error.museum") String museum,
                 @Size(max = 300, message = "alerts.error.too-long") String reporter,
                 Trilingual objectType, Trilingual title, Trilingual materials, Trilingual period, Trilingual features,
                 Trilingual description, @Size(max = 2000, message = "alerts.error.too-long") String inscription,
                 @Size(max = 20, message = "alerts.error.number") String height,
                 @Size(max = 20, message = "alerts.error.number") String width,
                 @Size(max = 120, message = "alerts.error.too-long") String policeReference,
                 @Size(max = 120, message = "alerts.error.too-long") String interpolReference,
                 @Size(max = 200, message = "alerts.error.too-long") String redList,
                 String demonstration) implements FormRecord {

    static AlertForm empty(String state, String museum) {
        return new AlertForm(null, null, null, null, null, state, museum, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    static AlertForm of(ObjectAlert alert, String museumReference) {
        ObjectAlert.Details d = alert.details();
        return new AlertForm(String.valueOf(alert.version()), null, d.event().name(),
                d.eventDate() == null ? null : d.eventDate().toString(), Trilingual.of(d.place()), d.state(), museumReference,
                d.reporter(), Trilingual.of(d.objectType()), Trilingual.of(d.title()), Trilingual.of(d.materials()),
                Trilingual.of(d.period()), Trilingual.of(d.features()), Trilingual.of(d.description()), d.inscription(),
                number(d.heightCm()), number(d.widthCm()), d.policeReference(), d.interpolReference(), d.redList(),
                d.demonstration() ? "true" : null);
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /**
     * What the form says, the state checked against {@code memberStates} and the museum found by {@code museums}; each
     * problem goes into {@code errors} (field, message key).
     */
    ObjectAlert.Details read(Set<String> memberStates, Function<String, Optional<UUID>> museums, LocalDate today,
                             Map<String, String> errors) {
        Optional<AlertEvent> what = RequestParameters.named(AlertEvent.class, event);
        if (what.isEmpty()) {
            errors.put("event", "alerts.error.event");
        }
        LocalDate day = null;
        if (TextInput.line(eventDate) != null) {
            try {
                day = LocalDate.parse(TextInput.line(eventDate));
                if (day.isAfter(today) || day.getYear() < 1800) {
                    errors.put("eventDate", "alerts.error.date");
                }
            } catch (DateTimeParseException e) {
                errors.put("eventDate", "alerts.error.date");
            }
        }
        String stateCode = Optional.ofNullable(TextInput.line(state)).map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        if (stateCode == null || !memberStates.contains(stateCode)) {
            errors.put("state", "alerts.error.state");
        }
        UUID museumId = null;
        String museumReference = Optional.ofNullable(TextInput.line(museum)).map(m -> m.toLowerCase(Locale.ROOT)).orElse(null);
        if (museumReference != null) {
            museumId = Slugs.valid(museumReference) ? museums.apply(museumReference).orElse(null) : null;
            if (museumId == null) {
                errors.put("museum", "alerts.error.museum");
            }
        }
        String reporterText = TextInput.line(reporter);
        if (reporterText == null) {
            errors.put("reporter", "alerts.error.reporter");
        }
        LocalizedText titleText = line("title", title, 300, errors);
        if (titleText.isEmpty()) {
            errors.put("title", "alerts.error.title");
        }
        LocalizedText typeText = line("objectType", objectType, 200, errors);
        if (typeText.isEmpty()) {
            errors.put("objectType", "alerts.error.type");
        }
        LocalizedText descriptionText = block("description", description, 8000, errors);
        if (descriptionText.isEmpty()) {
            errors.put("description", "alerts.error.description");
        }
        return new ObjectAlert.Details(what.orElse(null), day, line("place", place, 300, errors), stateCode, museumId, reporterText,
                typeText, titleText, block("materials", materials, 1000, errors), line("period", period, 200, errors),
                block("features", features, 2000, errors), descriptionText, TextInput.block(inscription),
                measure("height", height, errors), measure("width", width, errors), TextInput.line(policeReference),
                TextInput.line(interpolReference), TextInput.line(redList), "true".equals(demonstration));
    }

    private static BigDecimal measure(String field, String typed, Map<String, String> errors) {
        return FormFields.positive(errors, field, typed, "alerts.error.number");
    }

    private static LocalizedText line(String field, Trilingual typed, int max, Map<String, String> errors) {
        return FormFields.line(errors, field, typed, max, "alerts.error.too-long");
    }

    private static LocalizedText block(String field, Trilingual typed, int max, Map<String, String> errors) {
        return FormFields.block(errors, field, typed, max, "alerts.error.too-long");
    }
}
