package org.turath.registry.internal.editing;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.registry.HeritageItemChanged;
import org.turath.registry.HeritageStatus;
import org.turath.registry.PublicationState;
import org.turath.registry.domain.ComponentDraft;
import org.turath.registry.domain.HeritageItem;
import org.turath.registry.domain.HeritageItems;
import org.turath.registry.domain.ItemContent;
import org.turath.registry.domain.StatusEntry;
import org.turath.shared.LocalizedText;
import org.turath.shared.ConflictException;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;
import org.turath.history.Revision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The back office's work on heritage items: drafting, editing with optimistic locking, the
 * editorial workflow, status changes, and the item's history with revert. Every write publishes
 * {@link HeritageItemChanged} in its transaction (the search index follows) and is kept as an
 * Envers revision signed by the person.
 */
@Service
@Transactional
public class HeritageEditor {

    private final HeritageItems items;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final org.turath.submissions.FormSubmissions submissions;
    private final Clock clock = Clock.systemUTC();

    HeritageEditor(HeritageItems items, EntityManager entityManager, ApplicationEventPublisher events, AuditLog audit,
                   org.turath.submissions.FormSubmissions submissions) {
        this.submissions = submissions;
        this.items = items;
        this.entityManager = entityManager;
        this.events = events;
        this.audit = audit;
    }

    /** What an editor may do with the item they look at. */
    public record Permissions(boolean edit, Set<PublicationState> moves, boolean changeStatus, boolean revert) {
    }

    /** The item as the back office shows it. */
    public record Editable(HeritageItem item, Permissions permissions) {
    }

    /** The outcome of a save: saved, or refused because someone else saved first. */
    public sealed interface Saved permits Saved.Done, Saved.Conflict {
        record Done(String reference) implements Saved {
        }

        /** Someone saved since {@code expectedVersion}: what they changed, and the version to save over now. */
        record Conflict(List<FieldChange> theirChanges, long currentVersion, String changedBy, Instant changedAt) implements Saved {
        }
    }

    /** One revision in an item's history, with what it changed. */
    public record RevisionView(long number, Instant at, String author, String kind, List<FieldChange> changes) {
    }

    @Transactional(readOnly = true)
    public Slice<org.turath.registry.domain.BackOfficeRow> list(Actor actor, Optional<PublicationState> publication, Optional<String> state,
                                    Optional<String> text, Optional<org.turath.shared.Language> missing,
                                    Optional<String> beforeReference, int limit) {
        Set<String> scope = EditingPolicy.editsEverything(actor) ? Set.of() : actor.states();
        if (scope.isEmpty() && !EditingPolicy.editsEverything(actor)) {
            return new Slice<>(List.of(), Optional.empty());
        }
        return Slice.of(items.backOfficePage(publication, state, scope, text, missing, beforeReference, limit + 1), limit,
                org.turath.registry.domain.BackOfficeRow::reference);
    }

    /** The item if the actor may see it; otherwise "not found", so nobody learns what exists in another state. */
    @Transactional(readOnly = true)
    public Editable open(Actor actor, String reference) {
        HeritageItem item = visible(actor, reference);
        // the page reads the item after the transaction: load what it shows now
        item.states();
        item.regions();
        item.criteria();
        item.components();
        return new Editable(item, permissions(actor, item));
    }

    /**
     * Begins a draft. {@code submission} is the form's one-time token: when that form was already
     * handled, the draft it made is returned and nothing new is created (also when both submissions
     * race: the second one's insert of the token waits for the first and fails, rolling it back).
     */
    public String create(Actor actor, Optional<String> submission, ItemContent content, List<ComponentDraft> components) {
        if (!EditingPolicy.canCreateFor(actor, content.states())) {
            throw new NotAllowedException();
        }
        Optional<String> earlier = submission.flatMap(this::submitted);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        HeritageItem item = HeritageItem.draft("IWH-%04d".formatted(items.nextReferenceNumber()), content, actor.email(), now);
        item.replaceComponents(components, now);
        items.save(item);
        submission.ifPresent(token -> submissions.remember(token, item.reference(), now));
        audit.record(AuditType.ITEM_CREATED, item.reference(), null);
        changed(item);
        return item.reference();
    }

    /**
     * Saves an editor's version of the item if nobody saved since they opened it
     * ({@code expectedVersion}); otherwise changes nothing and tells what the other person changed.
     */
    public Saved save(Actor actor, String reference, long expectedVersion, ItemContent content, List<ComponentDraft> components) {
        HeritageItem item = visible(actor, reference);
        if (!EditingPolicy.canEdit(actor, item)) {
            throw new NotAllowedException();
        }
        if (!EditingPolicy.editsEverything(actor) && !EditingPolicy.canCreateFor(actor, content.states())) {
            // a focal point may not hand an item over to a state they do not act for
            throw new NotAllowedException();
        }
        if (item.version() != expectedVersion) {
            return conflict(item, expectedVersion);
        }
        Instant now = clock.instant();
        boolean revised = item.revise(content, now);
        if (item.replaceComponents(components, now) | revised) {
            changed(item);
        }
        return new Saved.Done(item.reference());
    }

    /** The conflict view for a save that failed at commit because another save got in between. */
    @Transactional(readOnly = true)
    public Saved.Conflict conflictSince(Actor actor, String reference, long expectedVersion) {
        return conflict(visible(actor, reference), expectedVersion);
    }

    public void move(Actor actor, String reference, PublicationState target, long expectedVersion) {
        HeritageItem item = visible(actor, reference);
        if (!EditingPolicy.canMove(actor, item, target)) {
            throw item.publication().next().contains(target) ? new NotAllowedException()
                    : new org.turath.registry.WorkflowException(item.publication(), target);
        }
        if (item.version() != expectedVersion) {
            throw new ConflictException("stale-item", "changed since opened");
        }
        PublicationState from = item.publication();
        item.moveTo(target, actor.email(), clock.instant());
        audit.record(AuditType.PUBLICATION_CHANGED, reference, from + " → " + target);
        changed(item);
    }

    /**
     * Marks the place sensitive or not (the secretariat): the public then sees its position only roughly, everywhere.
     * {@code expectedVersion} is the version the page showed, or empty when another module asks (a sensitive report).
     */
    public void markSensitive(Actor actor, String reference, boolean sensitive, Optional<Long> expectedVersion) {
        HeritageItem item = visible(actor, reference);
        if (!EditingPolicy.canMarkSensitive(actor)) {
            throw new NotAllowedException();
        }
        if (expectedVersion.isPresent() && item.version() != expectedVersion.get()) {
            throw new ConflictException("stale-item", "changed since opened");
        }
        if (item.sensitive() == sensitive) {
            return;
        }
        item.markSensitive(sensitive, clock.instant());
        audit.recordBy(actor.email(), AuditType.STATUS_CHANGED, reference, sensitive ? "sensitive place" : "not a sensitive place");
        changed(item);
    }

    public void changeStatus(Actor actor, String reference, HeritageStatus status, LocalDate effective, LocalizedText reason,
                             String decisionRef) {
        HeritageItem item = visible(actor, reference);
        if (!EditingPolicy.canChangeStatus(actor)) {
            throw new NotAllowedException();
        }
        HeritageStatus from = item.status();
        boolean added = item.recordStatusHistory(List.of(new StatusEntry(status, effective, false, reason, decisionRef)),
                clock.instant());
        if (added) {
            audit.record(AuditType.STATUS_CHANGED, reference, from + " → " + status + " (" + effective + ")");
            changed(item);
        }
    }

    @Transactional(readOnly = true)
    public Slice<RevisionView> history(Actor actor, String reference, Optional<Long> beforeRevision, int limit) {
        HeritageItem item = visible(actor, reference);
        AuditReader reader = AuditReaderFactory.get(entityManager);
        var query = reader.createQuery().forRevisionsOfEntity(HeritageItem.class, false, true)
                .add(AuditEntity.id().eq(item.id()));
        beforeRevision.ifPresent(before -> query.add(AuditEntity.revisionNumber().lt(before)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit + 1).getResultList();
        List<RevisionView> views = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            HeritageItem version = (HeritageItem) rows.get(i)[0];
            Revision revision = (Revision) rows.get(i)[1];
            ItemSnapshot older = i + 1 < rows.size() ? ItemSnapshot.of((HeritageItem) rows.get(i + 1)[0]) : ItemSnapshot.NOTHING;
            String kind = i + 1 < rows.size() ? "changed" : (rows.get(i)[2].toString().equals("ADD") ? "created" : "first");
            views.add(new RevisionView(revision.id(), revision.at(), revision.author(), kind,
                    older.changesTo(ItemSnapshot.of(version))));
        }
        boolean more = rows.size() > limit;
        return new Slice<>(views, more ? Optional.of(String.valueOf(views.get(views.size() - 1).number())) : Optional.empty());
    }

    /** Makes the item's content what it was at {@code revision}; the revert is itself a new revision. */
    public void revert(Actor actor, String reference, long revision) {
        HeritageItem item = visible(actor, reference);
        if (!EditingPolicy.canRevert(actor, item)) {
            throw new NotAllowedException();
        }
        HeritageItem then = AuditReaderFactory.get(entityManager).find(HeritageItem.class, item.id(), revision);
        if (then == null) {
            throw new NotFoundException("revision");
        }
        Instant now = clock.instant();
        List<ComponentDraft> components = then.components().stream()
                .map(org.turath.registry.domain.Component::draft).toList();
        ItemContent content = then.content();
        entityManager.detach(then);
        item.revise(content, now);
        item.replaceComponents(components, now);
        audit.record(AuditType.ITEM_REVERTED, reference, "revision " + revision);
        changed(item);
    }

    /** What the form with this token made, if it was already handled. */
    @Transactional(readOnly = true)
    public Optional<String> submitted(String submission) {
        return submissions.resultOf(submission);
    }

    private Saved.Conflict conflict(HeritageItem current, long expectedVersion) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> base = reader.createQuery().forRevisionsOfEntity(HeritageItem.class, false, true)
                .add(AuditEntity.id().eq(current.id()))
                .add(AuditEntity.property("version").eq(expectedVersion))
                .setMaxResults(1).getResultList();
        ItemSnapshot opened = base.isEmpty() ? ItemSnapshot.NOTHING : ItemSnapshot.of((HeritageItem) base.get(0)[0]);
        @SuppressWarnings("unchecked")
        List<Object[]> latest = reader.createQuery().forRevisionsOfEntity(HeritageItem.class, false, true)
                .add(AuditEntity.id().eq(current.id()))
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(1).getResultList();
        String by = latest.isEmpty() ? null : ((Revision) latest.get(0)[1]).author();
        return new Saved.Conflict(opened.changesTo(ItemSnapshot.of(current)), current.version(), by, current.updatedAt());
    }

    private HeritageItem visible(Actor actor, String reference) {
        return items.findByReference(reference)
                .filter(item -> EditingPolicy.canSee(actor, item))
                .orElseThrow(() -> new NotFoundException("heritage item"));
    }

    private static Permissions permissions(Actor actor, HeritageItem item) {
        Set<PublicationState> moves = java.util.EnumSet.noneOf(PublicationState.class);
        for (PublicationState target : item.publication().next()) {
            if (EditingPolicy.canMove(actor, item, target)) {
                moves.add(target);
            }
        }
        return new Permissions(EditingPolicy.canEdit(actor, item), moves, EditingPolicy.canChangeStatus(actor),
                EditingPolicy.canRevert(actor, item));
    }

    private void changed(HeritageItem item) {
        events.publishEvent(new HeritageItemChanged(item.toDetail()));
    }
}
