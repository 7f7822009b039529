package org.turath.learning.web;

import org.turath.learning.domain.Activity;
import org.turath.shared.Language;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.TimeZoneFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
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
        ULocale locale = ULocale.forLocale(language.locale());
        TimeZone zone = TimeZone.getTimeZone(activity.timeZone().getId());
        DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMMdjm", locale);
        format.setTimeZone(zone);
        long from = activity.startsAt().toEpochMilli();
        String span = format.format(new DateInterval(from, activity.endsAt().toEpochMilli()));
        return span + " (" + zoneName(zone, locale, from) + ")";
    }

    /** "Morocco Time", "توقيت المغرب", "heure : Maroc"; the zone's id where CLDR has no name for it. */
    static String zoneName(TimeZone zone, ULocale locale, long at) {
        String name = TimeZoneFormat.getInstance(locale).format(TimeZoneFormat.Style.GENERIC_LOCATION, zone, at);
        return name == null || name.isBlank() ? zone.getID() : name;
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
