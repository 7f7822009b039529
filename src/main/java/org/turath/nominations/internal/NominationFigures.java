package org.turath.nominations.internal;

import org.turath.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AccountView;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationInscribed;
import org.turath.nominations.NominationKind;
import org.turath.nominations.NominationStatus;
import org.turath.nominations.Outcome;
import org.turath.nominations.domain.Attachment;
import org.turath.nominations.domain.Attachments;
import org.turath.nominations.domain.CommitteeSession;
import org.turath.nominations.domain.CommitteeSessions;
import org.turath.nominations.domain.Completeness;
import org.turath.nominations.domain.Decision;
import org.turath.nominations.domain.Decisions;
import org.turath.nominations.domain.Evaluation;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationFiles;
import org.turath.nominations.domain.NominationVersion;
import org.turath.nominations.domain.NominationVersions;
import org.turath.nominations.domain.Part;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;
import org.turath.mail.Mailer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
