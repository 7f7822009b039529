package org.turath.museums.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.museums.internal.MuseumDesk;
import org.turath.registry.HeritageSection;
import org.turath.shared.Language;

import java.util.List;
import java.util.Optional;

/**
 * The museums that present a heritage item, on the item's page (a site museum beside its site, the national museum that
 * holds its finds). The item's kept page follows them by its stamp: their count and latest change.
 */
@Component
class MuseumSection implements HeritageSection {

    private final MuseumDesk desk;
    private final MuseumViews views;
    private final JdbcTemplate jdbc;

    MuseumSection(MuseumDesk desk, MuseumViews views, JdbcTemplate jdbc) {
        this.desk = desk;
        this.views = views;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String template() {
        return "museums/item-section";
    }

    @Override
    public Optional<Object> content(String reference, Language language) {
        List<MuseumViews.Card> cards = views.cards(desk.relatedTo(reference), language);
        return cards.isEmpty() ? Optional.empty() : Optional.of(cards);
    }

    @Override
    public String stamp(String reference) {
        return jdbc.queryForObject("""
                        select count(*), max(m.updated_at) from museum m join museum_heritage h on h.museum_id = m.id
                        where m.published and h.reference = ?""",
                (row, n) -> row.getLong(1) == 0 ? "" : row.getLong(1) + "@" + row.getTimestamp(2), reference);
    }
}
