package org.turath.learning.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;
import org.turath.web.HomeSection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The trainings: the list of coming ones, the calendar and each training's page, kept for visitors while
 * nothing they show has changed — the activities and their latest change, how many have not started, are
 * still open for registration or not over at this moment (so a page changes when a training starts or its
 * registration closes, with no job), the registrations (seats left), the day (the calendar's month) and what other
 * modules put in the calendar.
 */
@Component
public class TrainingPagesFamily extends PageFamily {

    static final Pattern PATHS = Pattern.compile(
            "/(?:ar|en|fr)/trainings(?:/calendar|/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?");

    private final ApplicationEventPublisher events;

    TrainingPagesFamily(JdbcTemplate jdbc, PageCache cache, Optional<Clock> clock, ApplicationEventPublisher events,
                        org.springframework.beans.factory.ObjectProvider<org.turath.learning.CalendarSource> others) {
        // the calendar also shows what other modules put in it (the exhibitions in the museums)
        super(PATHS, () -> stamp(jdbc, clock.orElse(Clock.systemUTC())) + others.orderedStream()
                .map(source -> "|" + source.stamp()).collect(java.util.stream.Collectors.joining()), cache);
        this.events = events;
    }

    /** The trainings about these heritage items changed: the items' pages (which show them) are drawn again once it commits. */
    public void heritageChanged(java.util.List<String> references) {
        references.forEach(reference -> events.publishEvent(new org.turath.registry.HeritageSection.Changed(reference)));
    }

    private static String stamp(JdbcTemplate jdbc, Clock clock) {
        Timestamp now = Timestamp.from(clock.instant());
        String activities = jdbc.queryForObject("select count(*), max(updated_at),"
                        + " sum(case when starts_at > ? then 1 else 0 end), sum(case when registration_closes_at > ? then 1 else 0 end),"
                        + " sum(case when ends_at > ? then 1 else 0 end) from learning_activity",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3) + "/" + row.getLong(4) + "/" + row.getLong(5),
                now, now, now);
        String registrations = jdbc.queryForObject("select count(*), max(changed_at) from learning_registration",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2));
        return activities + "|" + registrations + "|" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** What another module puts in the calendar changed: its pages are drawn again once that commits. */
    @org.springframework.context.event.EventListener
    void on(org.turath.learning.CalendarSource.Changed changed) {
        forget();
    }

    /** What the trainings show changed: their pages and the home page (coming trainings) are drawn again once it commits. */
    public void changed() {
        forget();
        events.publishEvent(new HomeSection.Changed());
    }
}
