package org.turath.alerts.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.alerts.internal.AlertDesk;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumPageSection;
import org.turath.shared.Language;

import java.util.List;
import java.util.Optional;

/** On a museum's page, the objects stolen from it that are still sought: a visitor who sees one offered knows at once. */
@Component
class AlertMuseumSection implements MuseumPageSection {

    static final int SHOWN = 12;

    private final AlertDesk desk;
    private final AlertViews views;
    private final JdbcTemplate jdbc;

    AlertMuseumSection(AlertDesk desk, AlertViews views, JdbcTemplate jdbc) {
        this.desk = desk;
        this.views = views;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "alerts/museum-section";
    }

    @Override
    public Optional<Object> content(MuseumId museum, String museumReference, Language language) {
        List<AlertViews.Card> cards = views.cards(desk.activeOf(museum.value(), SHOWN), language);
        return cards.isEmpty() ? Optional.empty() : Optional.of(cards);
    }

    @Override
    public String stamp() {
        return jdbc.queryForObject("select count(*), max(updated_at) from object_alert",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2));
    }
}
