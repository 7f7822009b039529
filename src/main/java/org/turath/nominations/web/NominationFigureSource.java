package org.turath.nominations.web;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.figures.Figure;
import org.turath.figures.FigureFilter;
import org.turath.figures.FigureRows;
import org.turath.figures.FigureSource;
import org.turath.nominations.Outcome;
import org.turath.shared.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nominations on the dashboard: files submitted in each cycle and what the Committee decided about them — submitted
 * files only (a draft is its state's business), a file counted for its state and its co-states.
 */
@Component
class NominationFigureSource implements FigureSource {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    NominationFigureSource(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        List<String> columns = new ArrayList<>();
        columns.add(text("dashboard.nominations.submitted", language));
        StringBuilder counts = new StringBuilder("count(*)");
        for (Outcome outcome : Outcome.values()) {
            columns.add(text("nominations.outcome." + outcome.name(), language));
            counts.append(", sum(case when f.outcome = '").append(outcome.name()).append("' then 1 else 0 end)");
        }
        String sql = "select f.cycle_year, " + counts + " from nomination_file f where f.versions > 0"
                + " and (? = '' or f.state_code = ? or exists (select 1 from nomination_co_state c where c.file_id = f.id and c.state_code = ?))"
                + " and f.cycle_year between ? and ? group by f.cycle_year order by f.cycle_year";
        String state = filter.stateOrAny();
        return List.of(new Figure("nominations-cycles", text("dashboard.nominations.cycles", language), "bar",
                text("dashboard.nominations.cycle", language), List.copyOf(columns),
                FigureRows.read(jdbc, sql, columns.size(), year -> year, state, state, state, filter.fromYear(), filter.untilYear()), true));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
