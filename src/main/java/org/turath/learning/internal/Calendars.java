package org.turath.learning.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.learning.CalendarSource;
import org.turath.learning.Observance;
import org.turath.learning.domain.Activity;
import org.turath.shared.Language;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Activities as iCalendar (RFC 5545) for people's calendar applications: one event, or all the
 * upcoming ones with the yearly observances as recurring all-day events.
 */
@Component
public class Calendars {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final MessageSource messages;
    private final TrainingDesk desk;

    Calendars(MessageSource messages, TrainingDesk desk) {
        this.messages = messages;
        this.desk = desk;
    }

    public String calendar(List<Activity> activities, boolean withObservances, Language language, String pageUrl) {
        return calendar(activities, List.of(), withObservances, language, pageUrl, "");
    }

    /**
     * The activities, then what other modules put in the calendar ({@code others}, all-day events whose pages are at
     * {@code siteUrl} + language + path), then the observances when asked.
     */
    public String calendar(List<Activity> activities, List<CalendarSource.Entry> others, boolean withObservances, Language language,
                           String pageUrl, String siteUrl) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Turath//Heritage of the Islamic World//" + language.tag().toUpperCase(java.util.Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(messages.getMessage("learning.calendar.title", null, language.locale())));
        Instant stamp = desk.now();
        for (Activity activity : activities) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + activity.id() + "@turath");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(activity.startsAt()));
            line(out, "DTEND:" + UTC.format(activity.endsAt()));
            line(out, "SUMMARY:" + escape(activity.title().resolve(language).map(l -> l.text()).orElse("")));
            String summary = activity.summary().plain().resolve(language).map(l -> l.text()).orElse(null);
            if (summary != null) {
                line(out, "DESCRIPTION:" + escape(summary));
            }
            activity.place().resolve(language).ifPresent(place -> line(out, "LOCATION:" + escape(place.text())));
            if (activity.located()) {
                line(out, "GEO:" + activity.latitude() + ";" + activity.longitude());
            }
            line(out, "URL:" + pageUrl + "/" + activity.id());
            line(out, "END:VEVENT");
        }
        for (CalendarSource.Entry entry : others) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + entry.uid() + "@turath");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (entry.timed()) {
                line(out, "DTSTART:" + UTC.format(entry.startsAt()));
                line(out, "DTEND:" + UTC.format(entry.endsAt()));
            } else {
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(entry.from()));
                // the end of an all-day event is the day after its last day (RFC 5545, 3.6.1)
                line(out, "DTEND;VALUE=DATE:" + DAY.format(entry.to().plusDays(1)));
            }
            line(out, "SUMMARY:" + escape(entry.title().resolve(language).map(l -> l.text()).orElse("")));
            line(out, "CATEGORIES:" + escape(messages.getMessage(entry.kindKey(), null, language.locale())));
            entry.place().resolve(language).ifPresent(place -> line(out, "LOCATION:" + escape(place.text())));
            if (entry.latitude() != null && entry.longitude() != null) {
                line(out, "GEO:" + entry.latitude() + ";" + entry.longitude());
            }
            line(out, "URL:" + siteUrl + "/" + language.tag() + entry.path());
            // an exhibition's run does not make its days busy; a workshop's hours do
            line(out, entry.timed() ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        if (withObservances) {
            int year = stamp.atOffset(ZoneOffset.UTC).getYear();
            for (Observance observance : Observance.values()) {
                Observance.Occurrence first = observance.in(year);
                line(out, "BEGIN:VEVENT");
                line(out, "UID:observance-" + observance.key() + "@turath");
                line(out, "DTSTAMP:" + UTC.format(stamp));
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(first.from()));
                line(out, "DTEND;VALUE=DATE:" + DAY.format(first.to().plusDays(1)));
                line(out, "RRULE:FREQ=YEARLY");
                line(out, "SUMMARY:" + escape(messages.getMessage("learning.observance." + observance.key(), null, language.locale())));
                line(out, "TRANSP:TRANSPARENT");
                line(out, "END:VEVENT");
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A content line folded at 75 octets, never inside a UTF-8 character (RFC 5545, 3.1). */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int room = first ? 75 : 74;
            int end = Math.min(bytes.length, start + room);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            if (!first) {
                out.append(' ');
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            out.append("\r\n");
        }
    }
}
