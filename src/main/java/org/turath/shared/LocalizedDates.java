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
