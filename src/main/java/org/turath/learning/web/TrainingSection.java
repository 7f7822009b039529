package org.turath.learning.web;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.turath.learning.domain.Activities;
import org.turath.learning.domain.Activity;
import org.turath.registry.HeritageSection;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedDates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The centre's trainings about a heritage item, on the item's page (and so on the Al-Quds observatory's): those to come
 * and those held, the latest to start first. The item's kept page follows them by its stamp.
 */
@Component
class TrainingSection implements HeritageSection {

    private static final int SHOWN = 8;

    /** A training as a line of the section: where it is, its title, when, and whether it is still to come. */
    record Line(String href, Localized title, String when, boolean coming) {
    }

    /** What the fragment draws. */
    record Content(List<Line> trainings) {
    }

    private final Activities activities;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TrainingSection(Activities activities, JdbcTemplate jdbc, Optional<Clock> clock) {
        this.activities = activities;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String template() {
        return "learning/item-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> content(String reference, Language language) {
        Instant now = Instant.now(clock);
        List<Line> lines = activities.about("%," + reference + ",%", Limit.of(SHOWN)).stream()
                .map(activity -> line(activity, language, now)).toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(new Content(lines));
    }

    @Override
    public String stamp(String reference) {
        // what changes the section: an activity about the item published, changed or taken back, and time passing its end
        return jdbc.queryForObject("""
                        select count(*) filter (where published), max(updated_at),
                               count(*) filter (where published and ends_at < ?)
                        from learning_activity where concat(',', related, ',') like ?""",
                (row, n) -> row.getLong(1) == 0 ? "" : row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3),
                java.sql.Timestamp.from(Instant.now(clock)), "%," + reference + ",%");
    }

    private static Line line(Activity activity, Language language, Instant now) {
        return new Line("/trainings/" + activity.id(), activity.title().resolve(language).orElse(new Localized("—", language, false)),
                LocalizedDates.format(activity.startsAt(), language), activity.endsAt().isAfter(now));
    }
}
