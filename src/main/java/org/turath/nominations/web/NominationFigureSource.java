package org.turath.nominations.web;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.figures.Figure;
import org.turath.figures.FigureFilter;
import org.turath.figures.FigureRows;
import org.turath.figures.FigureSource;
import org.turath.nominations.NominationKind;
import org.turath.nominations.Outcome;
import org.turath.shared.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nominations on the dashboard: files submitted in each cycle by kind and by what the Committee decided about them, the
 * Committee's decisions by year, and files by state — submitted files only (a draft is its state's business), a file
 * counted for its state and its co-states.
 */
@Component
class NominationFigureSource implements FigureSource {

    /** A file of the filter's state, whether it submitted the file or joined it as a co-state ({@code ?, ?, ?}: the state thrice). */
    private static final String OF_STATE = "(? = '' or f.state_code = ? or exists (select 1 from nomination_co_state c"
            + " where c.file_id = f.id and c.state_code = ?))";

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final org.turath.geo.GeoApi geo;

    NominationFigureSource(JdbcTemplate jdbc, MessageSource messages, org.turath.geo.GeoApi geo) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.geo = geo;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        String state = filter.stateOrAny();
        List<String> outcomes = Arrays.stream(Outcome.values()).map(o -> text("nominations.outcome." + o.name(), language)).toList();
        String byOutcome = sums("f.outcome", Arrays.stream(Outcome.values()).map(Enum::name).toList());
        List<String> columns = new ArrayList<>();
        columns.add(text("dashboard.nominations.submitted", language));
        columns.addAll(outcomes);
        Figure cycles = new Figure("nominations-cycles", text("dashboard.nominations.cycles", language), "bar",
                text("dashboard.nominations.cycle", language), List.copyOf(columns),
                FigureRows.read(jdbc, "select f.cycle_year, count(*), " + byOutcome + " from nomination_file f where f.versions > 0 and "
                        + OF_STATE + " and f.cycle_year between ? and ? group by f.cycle_year order by f.cycle_year", columns.size(),
                        year -> year, state, state, state, filter.fromYear(), filter.untilYear()), true);
        List<NominationKind> kinds = List.of(NominationKind.values());
        Figure byKind = new Figure("nominations-kinds", text("nominations.statistics.submitted", language), "stacked",
                text("dashboard.nominations.cycle", language), kinds.stream().map(k -> text("nominations.kind." + k.name(), language)).toList(),
                FigureRows.read(jdbc, "select f.cycle_year, " + sums("f.kind", kinds.stream().map(Enum::name).toList())
                        + " from nomination_file f where f.versions > 0 and " + OF_STATE + " and f.cycle_year between ? and ?"
                        + " group by f.cycle_year order by f.cycle_year", kinds.size(), year -> year, state, state, state,
                        filter.fromYear(), filter.untilYear()), true);
        Figure decisions = new Figure("nominations-decisions", text("nominations.statistics.decisions", language), "stacked",
                text("dashboard.year", language), outcomes,
                FigureRows.read(jdbc, "select cast(extract(year from d.decided_on) as integer), " + byOutcome.replace("f.outcome", "d.outcome")
                        + " from nomination_decision d join nomination_file f on f.id = d.file_id where " + OF_STATE
                        + " and extract(year from d.decided_on) between ? and ? group by cast(extract(year from d.decided_on) as integer)"
                        + " order by 1", outcomes.size(), year -> year, state, state, state, filter.fromYear(), filter.untilYear()), true);
        Figure states = new Figure("nominations-states", text("nominations.statistics.states", language), "bar-across", text("dashboard.state", language),
                List.of(text("nominations.statistics.count", language)),
                FigureRows.read(jdbc, "select t.s, count(*) from (select f.state_code as s, f.id from nomination_file f where f.versions > 0"
                        + " and f.cycle_year between ? and ? union select c.state_code as s, f.id from nomination_co_state c"
                        + " join nomination_file f on f.id = c.file_id where f.versions > 0 and f.cycle_year between ? and ?) t"
                        + " where (? = '' or t.s = ?) group by t.s order by count(*) desc, t.s", 1,
                        code -> geo.country(code).map(c -> c.name(language)).orElse(code),
                        filter.fromYear(), filter.untilYear(), filter.fromYear(), filter.untilYear(), state, state), true);
        return List.of(cycles, byKind, decisions, states);
    }

    /** One column a value: {@code sum(case when <column> = '<value>' then 1 else 0 end)}, values being the code's own names. */
    private static String sums(String column, List<String> values) {
        return String.join(", ", values.stream().map(v -> "sum(case when " + column + " = '" + v + "' then 1 else 0 end)").toList());
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
