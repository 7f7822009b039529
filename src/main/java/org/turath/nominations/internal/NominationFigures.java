package org.turath.nominations.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.nominations.NominationKind;
import org.turath.nominations.Outcome;

import java.util.Map;

/**
 * Figures for decision-makers, computed from the files past the draft: nothing of a dossier's content.
 */
@Service
@Transactional(readOnly = true)
public class NominationFigures {

    private final JdbcTemplate jdbc;

    NominationFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts for decision-makers: submitted files by cycle and kind, decisions by year and outcome, files by state. */
    public record Statistics(java.util.SortedMap<Integer, Map<NominationKind, Long>> submittedByYearAndKind,
                             java.util.SortedMap<Integer, Map<Outcome, Long>> decisionsByYearAndOutcome,
                             Map<String, Long> filesByState, long submitted, long decided) {
    }

    /** Aggregates of every file past the draft; nothing of a dossier's content. */
    @Transactional(readOnly = true)
    public Statistics statistics() {
        java.util.SortedMap<Integer, Map<NominationKind, Long>> byYear = new java.util.TreeMap<>();
        jdbc.query("select cycle_year, kind, count(*) from nomination_file where versions > 0 group by cycle_year, kind",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> byYear
                        .computeIfAbsent(rs.getInt(1), y -> new java.util.EnumMap<>(NominationKind.class))
                        .put(NominationKind.valueOf(rs.getString(2)), rs.getLong(3)));
        java.util.SortedMap<Integer, Map<Outcome, Long>> decided = new java.util.TreeMap<>();
        jdbc.query("select extract(year from decided_on), outcome, count(*) from nomination_decision"
                        + " group by extract(year from decided_on), outcome",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> decided
                        .computeIfAbsent(rs.getInt(1), y -> new java.util.EnumMap<>(Outcome.class))
                        .put(Outcome.valueOf(rs.getString(2)), rs.getLong(3)));
        Map<String, Long> byState = new java.util.TreeMap<>();
        jdbc.query("select s, count(*) from (select state_code as s, id from nomination_file where versions > 0"
                        + " union select c.state_code as s, f.id from nomination_co_state c join nomination_file f on f.id = c.file_id"
                        + " where f.versions > 0) t group by s",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> byState.put(rs.getString(1), rs.getLong(2)));
        long submitted = byYear.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        long decisionCount = decided.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        return new Statistics(byYear, decided, byState, submitted, decisionCount);
    }
}
