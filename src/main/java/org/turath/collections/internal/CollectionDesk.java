package org.turath.collections.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.collections.CollectionObjectId;
import org.turath.collections.ObjectChanged;
import org.turath.collections.domain.CollectionListing;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.CollectionObjects;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.registry.RegistryApi;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;
import org.turath.submissions.FormSubmissions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The collections' objects: added and edited by the curators of their museum (and by the secretariat), published by the
 * secretariat — every rule checked here whatever page calls it, a stale edit refused, a double post of a new object's
 * form leading to the object the first one made, every change in the history (Envers) and the audit log.
 */
@Service
@Transactional
public class CollectionDesk {

    private final CollectionObjects objects;
    private final CollectionAccess access;
    private final MuseumsApi museums;
    private final RegistryApi registry;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CollectionDesk(CollectionObjects objects, CollectionAccess access, MuseumsApi museums, RegistryApi registry, AuditLog audit,
                   FormSubmissions submissions, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.objects = objects;
        this.access = access;
        this.museums = museums;
        this.registry = registry;
        this.audit = audit;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- in public

    /** Published objects (of one museum, when asked), in the alphabetical order of {@code language}. */
    @Transactional(readOnly = true)
    public Slice<CollectionObject> shown(Optional<UUID> museum, Language language, Optional<String> cursor, int limit) {
        return page(new CollectionListing.Filter(museum, true, Optional.empty()), language, cursor, limit);
    }

    @Transactional(readOnly = true)
    public Optional<CollectionObject> shown(String reference) {
        return objects.findByReference(reference).filter(CollectionObject::published);
    }

    /** An object as {@code actor} may see it: published, or theirs to edit (empty actor: a visitor). */
    @Transactional(readOnly = true)
    public Optional<CollectionObject> visible(Optional<Actor> actor, UUID id) {
        return objects.findById(id).filter(o -> o.published() || actor.filter(access::works).map(a -> access.edits(a, o)).orElse(false));
    }

    // ---- the back office

    public boolean keeps(Actor actor) {
        return access.keeps(actor);
    }

    public void requireWorker(Actor actor) {
        access.requireWorker(actor);
    }

    /** The museums whose objects {@code actor} may add: empty for the secretariat, who name any museum by its address. */
    @Transactional(readOnly = true)
    public List<MuseumsApi.MuseumSummary> curated(Actor actor) {
        access.requireWorker(actor);
        return access.keeps(actor) ? List.of() : access.curated(actor);
    }

    /** The objects {@code actor} works on: all for the secretariat, those of the museums they curate for a curator. */
    @Transactional(readOnly = true)
    public Slice<CollectionObject> desk(Actor actor, Optional<UUID> museum, Language language, Optional<String> cursor, int limit) {
        access.requireWorker(actor);
        Optional<java.util.Collection<UUID>> own = access.keeps(actor) ? Optional.empty()
                : Optional.of(access.curated(actor).stream().map(m -> m.id().value()).toList());
        return page(new CollectionListing.Filter(museum, false, own), language, cursor, limit);
    }

    @Transactional(readOnly = true)
    public CollectionObject object(Actor actor, CollectionObjectId id) {
        return access.requireEditor(actor, objects.findById(id.value()).orElseThrow(() -> new NotFoundException("object")));
    }

    public CollectionObject create(Actor actor, Optional<String> submission, CollectionObject.Details details) {
        access.requireWorker(actor);
        Optional<CollectionObject> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> objects.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(actor, details, null);
        Instant now = clock.instant();
        CollectionObject object = objects.save(new CollectionObject(details, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, object.id().toString(), now));
        audit.recordBy(actor.email(), AuditType.COLLECTION_OBJECT, "object:" + object.reference(), "created");
        changed(object);
        return object;
    }

    /** Saves an object; its address changes only by the secretariat (links and manifests point to it). */
    public CollectionObject update(Actor actor, CollectionObjectId id, long version, CollectionObject.Details details) {
        CollectionObject object = object(actor, id);
        if (object.version() != version) {
            throw new Refusal("collections", "stale");
        }
        if (!access.keeps(actor) && !object.reference().equals(details.reference())) {
            throw new Refusal("collections", "reference-kept");
        }
        check(actor, details, object.id().value());
        object.apply(details, clock.instant());
        audit.recordBy(actor.email(), AuditType.COLLECTION_OBJECT, "object:" + object.reference(), "updated");
        changed(object);
        return object;
    }

    public CollectionObject publish(Actor actor, CollectionObjectId id, long version, boolean shown) {
        access.requireKeeper(actor);
        CollectionObject object = object(actor, id);
        if (object.version() != version) {
            throw new Refusal("collections", "stale");
        }
        if (shown && museums.find(new MuseumId(object.museumId())).filter(MuseumsApi.MuseumSummary::published).isEmpty()) {
            throw new Refusal("collections", "museum-unpublished");
        }
        object.publish(shown, clock.instant());
        audit.recordBy(actor.email(), AuditType.COLLECTION_OBJECT, "object:" + object.reference(), shown ? "published" : "withdrawn");
        changed(object);
        return object;
    }

    /** For the starter data: an object made and published at once, by the secretariat. */
    CollectionObject createPublished(Actor actor, CollectionObject.Details details) {
        CollectionObject object = create(actor, Optional.empty(), details);
        object.publish(true, clock.instant());
        changed(object);
        return object;
    }

    private void check(Actor actor, CollectionObject.Details details, UUID self) {
        if (museums.find(new MuseumId(details.museumId())).isEmpty() || !access.curates(actor, details.museumId())) {
            throw new Refusal("collections", "museum-not-yours");
        }
        objects.findByReference(details.reference()).filter(other -> !other.id().value().equals(self)).ifPresent(other -> {
            throw new Refusal("collections", "reference-taken");
        });
        objects.findByMuseumIdAndInventoryNumber(details.museumId(), details.inventoryNumber())
                .filter(other -> !other.id().value().equals(self)).ifPresent(other -> {
                    throw new Refusal("collections", "inventory-taken", other.reference());
                });
        for (String reference : details.heritage()) {
            if (registry.find(reference).isEmpty()) {
                throw new Refusal("collections", "heritage-unknown", reference);
            }
        }
        for (String reference : details.related()) {
            if (objects.findByReference(reference).filter(o -> !o.id().value().equals(self)).isEmpty()) {
                throw new Refusal("collections", "related-unknown", reference);
            }
        }
    }

    void changed(CollectionObject object) {
        Optional<MuseumsApi.MuseumSummary> held = museums.find(new MuseumId(object.museumId()));
        LocalizedText museum = held.map(MuseumsApi.MuseumSummary::name).orElse(LocalizedText.empty());
        String state = held.map(MuseumsApi.MuseumSummary::state).orElse(null);
        events.publishEvent(new ObjectChanged(object.id().value(), object.reference(), object.published(), object.title(),
                object.objectType(), object.materials(), object.description(), object.inscription(), museum, state, object.yearFrom(),
                object.heritage()));
    }

    private Slice<CollectionObject> page(CollectionListing.Filter filter, Language language, Optional<String> cursor, int limit) {
        Optional<CollectionListing.After> after = KeysetCursor.Named.of(cursor).map(at -> new CollectionListing.After(at.sortKey(), at.id()));
        List<CollectionObject> rows = objects.page(filter, language, after, limit + 1);
        return Slice.of(rows, limit, o -> KeysetCursor.Named.encode(o.sortKey(language), o.id().value()));
    }
}
