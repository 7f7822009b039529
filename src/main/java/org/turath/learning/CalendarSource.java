package org.turath.learning;

import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * What another module puts in the centre's calendar beside the trainings — the exhibitions shown in the museums of
 * the member states — so that the month page and the iCal feed show it without the calendar knowing that module.
 */
public interface CalendarSource {

    /**
     * One run of days (both included) in one place: {@code uid} stable across feeds, {@code kindKey} the message naming
     * what it is, {@code path} its page without the language prefix; for what happens at an hour (a workshop, a talk),
     * its start and end and the time zone its place keeps, else nulls (a whole-day entry, an exhibition's run).
     */
    record Entry(String uid, String kindKey, LocalizedText title, LocalizedText place, LocalDate from, LocalDate to, String path,
                 Double latitude, Double longitude, java.time.Instant startsAt, java.time.Instant endsAt, java.time.ZoneId zone) {

        public boolean timed() {
            return startsAt != null && endsAt != null && zone != null;
        }
    }

    /** The entries with a day from {@code from} to {@code to}, at most {@code limit}. */
    List<Entry> between(LocalDate from, LocalDate to, int limit);

    /**
     * A short text that changes whenever any entry would (a count and a latest change, say): the calendar's pages are
     * kept for visitors, and drawn again when it changes.
     */
    String stamp();

    /** Sent (inside its transaction) by a module when what it puts in the calendar changed: this node draws it again at once. */
    record Changed() {
    }
}
