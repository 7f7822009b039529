package org.turath.risk.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.risk.ReportStatus;
import org.turath.risk.domain.RiskReport;

import java.util.Collection;

/**
 * Who may do what to a condition report, in one place. The secretariat and experts (evaluators) report on any item, a
 * focal point on the items of their states; a report is checked by someone other than its author (the secretariat or
 * an expert) and published by the secretariat, which alone may take a published report back.
 */
@Component
public class RiskAccess {

    /** Whether {@code actor} works on reports at all (the desk's pages). */
    public boolean usesDesk(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR, Role.FOCAL_POINT);
    }

    public boolean seesAll(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR);
    }

    /** Whether {@code actor} may report on an item of {@code itemStates}. */
    public boolean mayReportOn(Actor actor, Collection<String> itemStates) {
        return seesAll(actor) || actor.hasAny(Role.FOCAL_POINT) && actor.actsForAny(itemStates);
    }

    public boolean maySee(Actor actor, RiskReport report) {
        return seesAll(actor) || report.createdBy().equalsIgnoreCase(actor.email())
                || actor.hasAny(Role.FOCAL_POINT) && report.state() != null && actor.states().contains(report.state());
    }

    /** Change it or send it for checking: while it is a draft or returned, by who may report on its item, or its author. */
    public boolean mayEdit(Actor actor, RiskReport report) {
        return report.status().editable() && (actor.hasAny(Role.ADMIN, Role.SECRETARIAT)
                || report.createdBy().equalsIgnoreCase(actor.email())
                || actor.hasAny(Role.FOCAL_POINT) && report.state() != null && actor.states().contains(report.state()));
    }

    /** Check it: the secretariat or an expert, never its author (four eyes). */
    public boolean mayVerify(Actor actor, RiskReport report) {
        return mayVerify(actor, report.status(), report.createdBy());
    }

    /** Send it back with comments: who may check it; a published one only the secretariat. */
    public boolean mayReturn(Actor actor, RiskReport report) {
        return mayReturn(actor, report.status(), report.createdBy());
    }

    public boolean mayPublish(Actor actor, RiskReport report) {
        return mayPublish(actor, report.status());
    }

    // ---- the same checks for anything that goes through the same workflow (the Al-Quds observatory's entries)

    /** Check what {@code author} wrote: the secretariat or an expert, never its author. */
    public boolean mayVerify(Actor actor, ReportStatus status, String author) {
        return status == ReportStatus.SUBMITTED && actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR)
                && !author.equalsIgnoreCase(actor.email());
    }

    public boolean mayReturn(Actor actor, ReportStatus status, String author) {
        return switch (status) {
            case SUBMITTED, VERIFIED -> actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR) && !author.equalsIgnoreCase(actor.email());
            case PUBLISHED -> actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
            default -> false;
        };
    }

    public boolean mayPublish(Actor actor, ReportStatus status) {
        return status == ReportStatus.VERIFIED && actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    /** Write the observatory's entries: the secretariat and experts (the Old City has no focal point of its own). */
    public boolean writesObservatory(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATOR);
    }

    /** Change an entry or send it for checking: while a draft or returned, its author or the secretariat. */
    public boolean mayEditEntry(Actor actor, ReportStatus status, String author) {
        return status.editable() && (actor.hasAny(Role.ADMIN, Role.SECRETARIAT) || author.equalsIgnoreCase(actor.email()));
    }

    /** Keep a member state's emergency contacts: its focal points, and the secretariat for any state. */
    public boolean keepsContacts(Actor actor, String state) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT) || actor.hasAny(Role.FOCAL_POINT) && actor.states().contains(state);
    }
}
