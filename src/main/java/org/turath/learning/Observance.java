package org.turath.learning;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly observances the calendar shows by itself, every year, with nothing to enter:
 * International Museum Day (18 May) and the Week of Heritage in the Islamic World (from 25 September).
 */
public enum Observance {
    INTERNATIONAL_MUSEUM_DAY(MonthDay.of(5, 18), 1),
    HERITAGE_WEEK(MonthDay.of(9, 25), 7);

    private final MonthDay first;
    private final int days;

    Observance(MonthDay first, int days) {
        this.first = first;
        this.days = days;
    }

    public MonthDay first() {
        return first;
    }

    public int days() {
        return days;
    }

    /** The message key of its name ({@code learning.observance.<key>}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** One year's occurrence. */
    public record Occurrence(Observance observance, LocalDate from, LocalDate to) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public Occurrence in(int year) {
        LocalDate from = first.atYear(year);
        return new Occurrence(this, from, from.plusDays(days - 1L));
    }

    /** The occurrences that touch {@code month}. */
    public static List<Occurrence> during(YearMonth month) {
        List<Occurrence> found = new ArrayList<>();
        for (Observance observance : values()) {
            for (int year = month.getYear() - 1; year <= month.getYear(); year++) {
                Occurrence occurrence = observance.in(year);
                if (!occurrence.to().isBefore(month.atDay(1)) && !occurrence.from().isAfter(month.atEndOfMonth())) {
                    found.add(occurrence);
                }
            }
        }
        return found;
    }
}
