package org.turath.risk.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.registry.HeritageSection;
import org.turath.risk.domain.Contribution;
import org.turath.risk.internal.ContributionDesk;
import org.turath.shared.Language;
import org.turath.shared.Slice;

import java.util.List;
import java.util.Optional;

/**
 * On every item's page: the reports and photographs the public sent and a moderator accepted (the latest few, and a
 * link to all), and the invitation to send one.
 */
@Component
class FromThePublicSection implements HeritageSection {

    static final int SHOWN = 4;

    private final ContributionDesk desk;
    private final ContributionViews views;
    private final JdbcTemplate jdbc;

    FromThePublicSection(ContributionDesk desk, ContributionViews views, JdbcTemplate jdbc) {
        this.desk = desk;
        this.views = views;
        this.jdbc = jdbc;
    }

    /** What the fragment draws: the latest accepted sendings, and whether there are more. */
    record Content(String reference, List<ContributionViews.Card> contributions, boolean more) {
    }

    @Override
    public int order() {
        // right after the state of conservation (10), before what other modules show (the library's 20)
        return 15;
    }

    @Override
    public String template() {
        return "risk/from-the-public-section";
    }

    @Override
    public Optional<Object> content(String reference, Language language) {
        Slice<Contribution> latest = desk.shown(reference, Optional.empty(), SHOWN);
        return Optional.of(new Content(reference, views.cards(latest.items(), language), latest.nextCursor().isPresent()));
    }

    @Override
    public String stamp(String reference) {
        return jdbc.queryForObject("""
                        select count(*), max(decided_at) from risk_contribution
                        where item_reference = ? and status = 'ACCEPTED' and kind <> 'CORRECTION'""",
                (row, n) -> row.getLong(1) == 0 ? "" : row.getLong(1) + "@" + row.getTimestamp(2), reference);
    }
}
