package org.turath.exhibitions.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * What the museums' programme shows elsewhere — exhibitions and events on museum pages and in the centre's calendar —
 * as one short text that changes whenever any of it would: every change to an exhibition or an event, and an event
 * ending (a page listing what is coming drops it).
 */
@Component
public class ProgrammeStamp {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProgrammeStamp(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public String now() {
        return jdbc.queryForObject("select (select count(*) from exhibition), (select max(updated_at) from exhibition),"
                        + " (select count(*) from museum_event), (select max(updated_at) from museum_event),"
                        + " (select count(*) from museum_event where ends_at > ?)",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3) + "@" + row.getTimestamp(4) + "/" + row.getLong(5),
                Timestamp.from(clock.instant()));
    }
}
