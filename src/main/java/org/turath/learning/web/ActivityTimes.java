package org.turath.learning.web;

import org.turath.learning.domain.Activity;
import org.turath.shared.Language;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** When an activity happens, in its own time zone, as the reader's language writes dates and times. */
public final class ActivityTimes {

    private ActivityTimes() {
    }

    /** "12 November 2026, 10:00 – 14 November 2026, 16:00 (Africa/Casablanca)", or one day with two times. */
    public static String when(Activity activity, Language language) {
        ZonedDateTime from = activity.startsAt().atZone(activity.timeZone());
        ZonedDateTime to = activity.endsAt().atZone(activity.timeZone());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale());
        String text = from.toLocalDate().equals(to.toLocalDate())
                ? date.format(from) + ", " + time.format(from) + " – " + time.format(to)
                : date.format(from) + ", " + time.format(from) + " – " + date.format(to) + ", " + time.format(to);
        return text + " (" + activity.timeZone().getId() + ")";
    }

    /** The registration deadline, in the activity's time zone. */
    public static String deadline(Activity activity, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language.locale())
                .format(activity.registrationClosesAt().atZone(activity.timeZone()));
    }

    /** An ISO date-time for {@code <time datetime>}. */
    public static String iso(Activity activity) {
        return activity.startsAt().toString();
    }
}
