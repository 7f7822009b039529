package org.turath.accounts.domain;

import org.turath.accounts.AuditType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The filtered, newest-first keyset pages of the audit log. */
public interface AuditQueries {

    record Filter(Optional<AuditType> type, Optional<String> actor, Optional<Instant> from, Optional<Instant> until) {
    }

    /** Entries matching {@code filter}, newest first, older than {@code beforeId} when given. */
    List<AuditEntry> page(Filter filter, Optional<Long> beforeId, int limit);
}
