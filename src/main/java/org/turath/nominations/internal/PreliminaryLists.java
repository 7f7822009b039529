package org.turath.nominations.internal;

import org.turath.shared.Refusal;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.nominations.NominationKind;
import org.turath.nominations.domain.CommitteeSessions;
import org.turath.shared.KeysetCursor;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The states' preliminary lists: what each state intends to nominate in the coming years, kept by
 * its focal points, read by the secretariat; a file may be required to nominate one of its entries.
 */
@Service
@Transactional
public class PreliminaryLists {

    private final org.turath.nominations.domain.PreliminaryEntries preliminary;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final NominationClock clock;

    PreliminaryLists(org.turath.nominations.domain.PreliminaryEntries preliminary, AuditLog audit, JdbcTemplate jdbc,
                     NominationClock clock) {
        this.preliminary = preliminary;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The current entries of the preliminary lists a person may read: their own states', or all for the secretariat. */
    @Transactional(readOnly = true)
    public Slice<org.turath.nominations.domain.PreliminaryEntry> preliminaryList(Actor actor, Optional<String> cursor, int limit) {
        Set<String> states = actor.hasAny(Role.SECRETARIAT) ? statesWithPreliminaryLists() : actor.states();
        if (states.isEmpty()) {
            return new Slice<>(List.of(), Optional.empty());
        }
        KeysetCursor.On before = KeysetCursor.On.of(cursor, new KeysetCursor.On(CommitteeSessions.FIRST_ON, CommitteeSessions.FIRST_ID));
        return Slice.of(preliminary.current(states, before.day(), before.id(), Limit.of(limit + 1)), limit,
                e -> new KeysetCursor.On(e.listedOn(), e.id()).encode());
    }

    public UUID addToPreliminaryList(Actor actor, String state, NominationKind kind, LocalizedText name) {
        if (!actor.hasAny(Role.FOCAL_POINT) || !actor.states().contains(state)) {
            throw new NotAllowedException();
        }
        if (name.isEmpty()) {
            throw new Refusal("nominations", "preliminary-name");
        }
        org.turath.nominations.domain.PreliminaryEntry entry = new org.turath.nominations.domain.PreliminaryEntry(state, kind, name,
                clock.today(), actor.email());
        preliminary.save(entry);
        audit.record(AuditType.NOMINATION, "preliminary:" + state, "LISTED " + kind);
        return entry.id();
    }

    public void removeFromPreliminaryList(Actor actor, UUID entryId) {
        org.turath.nominations.domain.PreliminaryEntry entry = preliminary.findById(entryId)
                .filter(e -> actor.hasAny(Role.FOCAL_POINT) && actor.states().contains(e.state()) && e.current())
                .orElseThrow(() -> new NotFoundException("preliminary entry"));
        entry.remove(clock.today(), actor.email());
        audit.record(AuditType.NOMINATION, "preliminary:" + entry.state(), "REMOVED " + entry.kind());
    }

    private Set<String> statesWithPreliminaryLists() {
        return Set.copyOf(jdbc.queryForList("select distinct state_code from preliminary_entry where removed_on is null", String.class));
    }
}
