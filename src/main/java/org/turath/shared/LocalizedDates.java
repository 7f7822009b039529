package org.turath.shared;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Dates as each language writes them; on Arabic pages the Hijri (Umm al-Qura) date is shown
 * beside the Gregorian one.
 */
public final class LocalizedDates {

    private LocalizedDates() {
    }

    public static String format(LocalDate date, Language language) {
        return format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), language);
    }

    public static String format(Instant instant, Language language) {
        return format(Date.from(instant), language);
    }

    /**
     * "12–14 November 2026, 10:00 – 16:00 (Morocco Time)": a span of time as the reader's language says it (ICU's
     * interval patterns: its own separators and order), in the time zone {@code timeZone}, named in that language.
     */
    public static String span(Instant starts, Instant ends, java.time.ZoneId timeZone, Language language) {
        ULocale locale = ULocale.forLocale(language.locale());
        com.ibm.icu.util.TimeZone zone = com.ibm.icu.util.TimeZone.getTimeZone(timeZone.getId());
        com.ibm.icu.text.DateIntervalFormat format = com.ibm.icu.text.DateIntervalFormat.getInstance("yMMMMdjm", locale);
        format.setTimeZone(zone);
        long from = starts.toEpochMilli();
        String span = format.format(new com.ibm.icu.util.DateInterval(from, ends.toEpochMilli()));
        return span + " (" + zoneName(zone, locale, from) + ")";
    }

    /** "Morocco Time", "توقيت المغرب", "heure : Maroc"; the zone's id where CLDR has no name for it. */
    public static String zoneName(com.ibm.icu.util.TimeZone zone, ULocale locale, long at) {
        String name = com.ibm.icu.text.TimeZoneFormat.getInstance(locale).format(com.ibm.icu.text.TimeZoneFormat.Style.GENERIC_LOCATION, zone, at);
        return name == null || name.isBlank() ? zone.getID() : name;
    }

    private static String format(Date date, Language language) {
        DateFormat gregorian = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(language.locale()));
        gregorian.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        String text = gregorian.format(date);
        if (language == Language.AR) {
            DateFormat hijri = DateFormat.getDateInstance(DateFormat.LONG, new ULocale("ar@calendar=islamic-umalqura;numbers=latn"));
            hijri.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
            text = text + " (" + hijri.format(date) + ")";
        }
        return text;
    }
}
