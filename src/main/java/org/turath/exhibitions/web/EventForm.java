package org.turath.exhibitions.web;

import jakarta.validation.constraints.Size;
import org.turath.exhibitions.MuseumEventKind;
import org.turath.exhibitions.domain.MuseumEvent;
import org.turath.shared.LocalizedText;
import org.turath.shared.RequestParameters;
import org.turath.shared.TextInput;
import org.turath.web.FormFields;
import org.turath.web.FormRecord;
import org.turath.web.Slugs;
import org.turath.web.Trilingual;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A museum's event as its form posts it: the museum (and the exhibition it belongs to, if any) by their addresses on the
 * portal, its kind, title and description in three languages, its start and end as the museum's clocks read them
 * (a date-and-time field) and the museum's time zone (an IANA name such as Asia/Amman).
 */
record EventForm(String version, String submission, @Size(max = 80, message = "exhibitions.error.museum") String museum,
                 @Size(max = 80, message = "exhibitions.error.exhibition") String exhibition, String kind, Trilingual title,
                 Trilingual description, @Size(max = 20, message = "exhibitions.error.when") String starts,
                 @Size(max = 20, message = "exhibitions.error.when") String ends,
                 @Size(max = 60, message = "exhibitions.error.zone") String timeZone, String demonstration) implements FormRecord {

    static EventForm empty(String museum) {
        return new EventForm(null, null, museum, null, MuseumEventKind.TALK.name(), null, null, null, null, null, null);
    }

    static EventForm of(MuseumEvent event, String museumReference, String exhibitionReference) {
        MuseumEvent.Details d = event.details();
        return new EventForm(String.valueOf(event.version()), null, museumReference, exhibitionReference, d.kind().name(),
                Trilingual.of(d.title()), Trilingual.of(d.description()), d.starts().toString(), d.ends().toString(), d.zone().getId(),
                d.demonstration() ? "true" : null);
    }

    /** What the form says; {@code museums} and {@code exhibitions} find ids by address. Problems go into {@code errors}. */
    MuseumEvent.Details read(Function<String, Optional<UUID>> museums, Function<String, Optional<UUID>> exhibitions,
                             Map<String, String> errors) {
        UUID museumId = address(museum).flatMap(museums).orElse(null);
        if (museumId == null) {
            errors.put("museum", "exhibitions.error.museum");
        }
        UUID exhibitionId = null;
        if (TextInput.line(exhibition) != null) {
            exhibitionId = address(exhibition).flatMap(exhibitions).orElse(null);
            if (exhibitionId == null) {
                errors.put("exhibition", "exhibitions.error.exhibition");
            }
        }
        Optional<MuseumEventKind> kindValue = RequestParameters.named(MuseumEventKind.class, kind);
        if (kindValue.isEmpty()) {
            errors.put("kind", "exhibitions.error.kind");
        }
        LocalizedText titleText = FormFields.line(errors, "title", title, 300, "exhibitions.error.too-long");
        if (titleText.isEmpty() && !errors.containsKey("title")) {
            errors.put("title", "exhibitions.error.event-title");
        }
        LocalizedText descriptionText = FormFields.block(errors, "description", description, 4000, "exhibitions.error.too-long");
        LocalDateTime from = moment("starts", starts, errors);
        LocalDateTime to = moment("ends", ends, errors);
        ZoneId zone = null;
        String zoneText = TextInput.line(timeZone);
        try {
            zone = zoneText == null || !zoneText.contains("/") ? null : ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone == null) {
            errors.put("timeZone", "exhibitions.error.zone");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            errors.put("ends", "exhibitions.error.event-times");
        }
        return new MuseumEvent.Details(museumId, exhibitionId, kindValue.orElse(MuseumEventKind.TALK), titleText, descriptionText,
                from, to, zone, "true".equals(demonstration));
    }

    private static Optional<String> address(String typed) {
        return Optional.ofNullable(TextInput.line(typed)).map(a -> a.toLowerCase(Locale.ROOT)).filter(Slugs::valid);
    }

    private static LocalDateTime moment(String field, String typed, Map<String, String> errors) {
        String text = TextInput.line(typed);
        if (text == null) {
            errors.put(field, "exhibitions.error.when");
            return null;
        }
        try {
            LocalDateTime moment = LocalDateTime.parse(text);
            if (moment.getYear() < 1900 || moment.getYear() > 2200) {
                errors.put(field, "exhibitions.error.when");
                return null;
            }
            return moment;
        } catch (DateTimeParseException e) {
            errors.put(field, "exhibitions.error.when");
            return null;
        }
    }
}
