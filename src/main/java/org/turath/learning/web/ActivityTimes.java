package org.turath.learning.web;

import org.turath.learning.domain.Activity;
import org.turath.shared.Language;
import org.turath.shared.LocalizedDates;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** When an activity happens, in its own time zone, as the reader's language writes dates and times. */
public final class ActivityTimes {

    private ActivityTimes() {
    }

    /**
     * "12–14 November 2026, 10:00 – 16:00 (Morocco Time)" as the reader's language says a span of time (ICU's interval
     * patterns: its own separators and order), with the activity's time zone named in that language.
     */
    public static String when(Activity activity, Language language) {
        return LocalizedDates.span(activity.startsAt(), activity.endsAt(), activity.timeZone(), language);
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
