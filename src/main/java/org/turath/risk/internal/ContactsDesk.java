package org.turath.risk.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.geo.GeoApi;
import org.turath.risk.domain.EmergencyContact;
import org.turath.risk.domain.EmergencyContactLists;
import org.turath.risk.domain.EmergencyContacts;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Each member state's emergency contacts, kept by its focal points (the secretariat for any state): a list changed as
 * a whole, a stale page refused, every change audited; read by anyone on the emergency guide.
 */
@Service
@Transactional
public class ContactsDesk {

    private final EmergencyContactLists lists;
    private final RiskAccess access;
    private final GeoApi geo;
    private final AuditLog audit;
    private final Clock clock;

    ContactsDesk(EmergencyContactLists lists, RiskAccess access, GeoApi geo, AuditLog audit, Optional<Clock> clock) {
        this.lists = lists;
        this.access = access;
        this.geo = geo;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A member state's list, empty when nobody has kept one yet. */
    @Transactional(readOnly = true)
    public EmergencyContacts of(String state) {
        if (state == null || !geo.memberStateCodes().contains(state)) {
            throw new NotFoundException("state");
        }
        return lists.findById(state).orElseGet(() -> new EmergencyContacts(state));
    }

    /** The list to change, for someone who keeps it. */
    @Transactional(readOnly = true)
    public EmergencyContacts toKeep(Actor actor, String state) {
        EmergencyContacts list = of(state);
        if (!access.keepsContacts(actor, state)) {
            throw new NotAllowedException();
        }
        return list;
    }

    public EmergencyContacts replace(Actor actor, String state, long version, List<EmergencyContact> contacts) {
        EmergencyContacts list = toKeep(actor, state);
        if (list.version() != version) {
            throw new Refusal("risk", "stale");
        }
        if (contacts.size() > EmergencyContacts.MAX) {
            throw new Refusal("risk", "contacts-many");
        }
        list.replace(contacts, actor.email(), clock.instant());
        lists.save(list);
        audit.recordBy(actor.email(), AuditType.RISK_REPORT, "contacts:" + state, "updated");
        return list;
    }
}
