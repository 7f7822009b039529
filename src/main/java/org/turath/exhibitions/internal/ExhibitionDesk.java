package org.turath.exhibitions.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.collections.CollectionsApi;
import org.turath.exhibitions.ExhibitionChanged;
import org.turath.exhibitions.ExhibitionId;
import org.turath.exhibitions.ExhibitionKind;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.exhibitions.domain.ExhibitionPiece;
import org.turath.exhibitions.domain.ExhibitionSection;
import org.turath.exhibitions.domain.ExhibitionVenue;
import org.turath.exhibitions.domain.Exhibitions;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.registry.RegistryApi;
import org.turath.shared.KeysetCursor;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;
import org.turath.submissions.FormSubmissions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Exhibitions: made and edited by the curators of the museum that organises them (and by the secretariat), published by
 * the secretariat — every rule checked here whatever page calls it: a stale edit refused, a double post of a new
 * exhibition's form leading to the exhibition the first one made, what a section shows checked against the
 * collections and the List, a venue's days and museum checked, every change in the history (Envers) and the audit log.
 */
@Service
@Transactional
public class ExhibitionDesk {

    private final Exhibitions exhibitions;
    private final ExhibitionAccess access;
    private final MuseumsApi museums;
    private final CollectionsApi collections;
    private final RegistryApi registry;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExhibitionDesk(Exhibitions exhibitions, ExhibitionAccess access, MuseumsApi museums, CollectionsApi collections,
                   RegistryApi registry, AuditLog audit, FormSubmissions submissions, ApplicationEventPublisher events,
                   Optional<Clock> clock) {
        this.exhibitions = exhibitions;
        this.access = access;
        this.museums = museums;
        this.collections = collections;
        this.registry = registry;
        this.audit = audit;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- in public

    /** Published exhibitions, newest first. */
    @Transactional(readOnly = true)
    public Slice<Exhibition> shown(Optional<String> cursor, int limit) {
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<Exhibition> rows = exhibitions.shown(after.time(), after.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, e -> new KeysetCursor.At(e.publishedAt(), e.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public Optional<Exhibition> shown(String reference) {
        return exhibitions.findByReference(reference).filter(Exhibition::published);
    }

    /** Published exhibitions shown in a museum on some day from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<Exhibition> showingBetween(LocalDate from, LocalDate to, int limit) {
        return exhibitions.showingBetween(from, to, Limit.of(limit));
    }

    /** Published exhibitions a museum organises or hosts, newest first. */
    @Transactional(readOnly = true)
    public List<Exhibition> ofMuseum(UUID museum, int limit) {
        return exhibitions.ofMuseum(museum, Limit.of(limit));
    }

    public Instant now() {
        return clock.instant();
    }

    /** An exhibition's id by its address (published or not: a museum's event may belong to one being prepared). */
    @Transactional(readOnly = true)
    public Optional<UUID> idOf(String reference) {
        return exhibitions.findByReference(reference).map(e -> e.id().value());
    }

    /** An exhibition's address by its id. */
    @Transactional(readOnly = true)
    public Optional<String> reference(UUID id) {
        return exhibitions.findById(id).map(Exhibition::reference);
    }

    // ---- the back office

    public boolean keeps(Actor actor) {
        return access.keeps(actor);
    }

    public void requireWorker(Actor actor) {
        access.requireWorker(actor);
    }

    /** The museums whose exhibitions {@code actor} may make: empty for the secretariat, who name any museum. */
    @Transactional(readOnly = true)
    public List<MuseumsApi.MuseumSummary> curated(Actor actor) {
        access.requireWorker(actor);
        return access.keeps(actor) ? List.of() : access.curated(actor);
    }

    /** The exhibitions {@code actor} works on, latest change first. */
    @Transactional(readOnly = true)
    public Slice<Exhibition> desk(Actor actor, Optional<String> cursor, int limit) {
        access.requireWorker(actor);
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<Exhibition> rows = access.keeps(actor) ? exhibitions.desk(after.time(), after.id(), Limit.of(limit + 1))
                : exhibitions.desk(actor.email(), curatedIds(actor), after.time(), after.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, e -> new KeysetCursor.At(e.updatedAt(), e.id().value()).encode());
    }

    private List<UUID> curatedIds(Actor actor) {
        List<UUID> ids = access.curated(actor).stream().map(m -> m.id().value()).toList();
        // an empty "in ()" is not valid everywhere: a curator of no museum matches no museum
        return ids.isEmpty() ? List.of(new UUID(0L, 0L)) : ids;
    }

    @Transactional(readOnly = true)
    public Exhibition exhibition(Actor actor, ExhibitionId id) {
        return access.requireEditor(actor, exhibitions.findById(id.value()).orElseThrow(() -> new NotFoundException("exhibition")));
    }

    public Exhibition create(Actor actor, Optional<String> submission, Exhibition.Details details) {
        access.requireWorker(actor);
        Optional<Exhibition> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> exhibitions.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(actor, details, null);
        Instant now = clock.instant();
        Exhibition exhibition = exhibitions.save(new Exhibition(details, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, exhibition.id().toString(), now));
        record(actor, exhibition, "created");
        return exhibition;
    }

    /** Saves an exhibition's own fields; its address changes only by the secretariat (links and manifests point to it). */
    public Exhibition update(Actor actor, ExhibitionId id, long version, Exhibition.Details details) {
        Exhibition exhibition = current(actor, id, version);
        if (!access.keeps(actor) && !exhibition.reference().equals(details.reference())) {
            throw new Refusal("exhibitions", "reference-kept");
        }
        check(actor, details, exhibition.id().value());
        if (!details.kind().hasVenues() && !exhibition.venues().isEmpty()) {
            throw new Refusal("exhibitions", "venues-left");
        }
        if (details.kind() == ExhibitionKind.TEMPORARY && exhibition.venues().size() > 1) {
            throw new Refusal("exhibitions", "temporary-one-venue");
        }
        exhibition.apply(details, clock.instant());
        record(actor, exhibition, "updated");
        return exhibition;
    }

    public Exhibition publish(Actor actor, ExhibitionId id, long version, boolean shown) {
        access.requireKeeper(actor);
        Exhibition exhibition = current(actor, id, version);
        if (shown) {
            if (exhibition.sections().isEmpty()) {
                throw new Refusal("exhibitions", "no-sections");
            }
            if (exhibition.kind().hasVenues() && exhibition.venues().isEmpty()) {
                throw new Refusal("exhibitions", "no-venues");
            }
            if (exhibition.museumId() != null
                    && museums.find(new MuseumId(exhibition.museumId())).filter(MuseumsApi.MuseumSummary::published).isEmpty()) {
                throw new Refusal("exhibitions", "museum-unpublished");
            }
        }
        exhibition.publish(shown, clock.instant());
        record(actor, exhibition, shown ? "published" : "withdrawn");
        return exhibition;
    }

    // ---- sections

    /** Adds a section at the end; its number. */
    public int addSection(Actor actor, ExhibitionId id, long version, ExhibitionSection.Draft draft) {
        Exhibition exhibition = current(actor, id, version);
        if (exhibition.sections().size() >= Exhibition.MAX_SECTIONS) {
            throw new Refusal("exhibitions", "many-sections", Exhibition.MAX_SECTIONS);
        }
        check(draft);
        int number = exhibition.addSection(draft, clock.instant());
        record(actor, exhibition, "section " + number + " added");
        return number;
    }

    public void saveSection(Actor actor, ExhibitionId id, long version, int number, ExhibitionSection.Draft draft) {
        Exhibition exhibition = current(actor, id, version);
        section(exhibition, number);
        check(draft);
        exhibition.replaceSection(number, draft, clock.instant());
        record(actor, exhibition, "section " + number + " saved");
    }

    public void removeSection(Actor actor, ExhibitionId id, long version, int number) {
        Exhibition exhibition = current(actor, id, version);
        section(exhibition, number);
        if (exhibition.published() && exhibition.sections().size() == 1) {
            throw new Refusal("exhibitions", "last-section");
        }
        exhibition.removeSection(number, clock.instant());
        record(actor, exhibition, "section " + number + " removed");
    }

    public void moveSection(Actor actor, ExhibitionId id, long version, int number, int by) {
        Exhibition exhibition = current(actor, id, version);
        section(exhibition, number);
        if (exhibition.moveSection(number, Integer.signum(by), clock.instant())) {
            record(actor, exhibition, "section " + number + " moved");
        }
    }

    @Transactional(readOnly = true)
    public ExhibitionSection section(Actor actor, ExhibitionId id, int number) {
        return section(exhibition(actor, id), number);
    }

    private static ExhibitionSection section(Exhibition exhibition, int number) {
        return exhibition.section(number).orElseThrow(() -> new NotFoundException("section"));
    }

    // ---- venues

    public void addVenue(Actor actor, ExhibitionId id, long version, String museumReference, LocalDate opens, LocalDate closes) {
        Exhibition exhibition = current(actor, id, version);
        if (!exhibition.kind().hasVenues()) {
            throw new Refusal("exhibitions", "virtual-no-venue");
        }
        if (exhibition.kind() == ExhibitionKind.TEMPORARY && !exhibition.venues().isEmpty()) {
            throw new Refusal("exhibitions", "temporary-one-venue");
        }
        if (exhibition.venues().size() >= Exhibition.MAX_VENUES) {
            throw new Refusal("exhibitions", "many-venues", Exhibition.MAX_VENUES);
        }
        MuseumsApi.MuseumSummary museum = Optional.ofNullable(museumReference).flatMap(museums::findByReference)
                .filter(MuseumsApi.MuseumSummary::published).orElseThrow(() -> new Refusal("exhibitions", "venue-museum"));
        if (opens == null || closes == null || closes.isBefore(opens)) {
            throw new Refusal("exhibitions", "venue-days");
        }
        for (ExhibitionVenue other : exhibition.venues()) {
            if (other.overlaps(opens, closes)) {
                // a travelling exhibition is in one place at a time
                throw new Refusal("exhibitions", "venue-overlap");
            }
        }
        exhibition.addVenue(museum.id().value(), opens, closes, clock.instant());
        record(actor, exhibition, "venue " + museum.reference() + " added");
    }

    public void removeVenue(Actor actor, ExhibitionId id, long version, UUID venue) {
        Exhibition exhibition = current(actor, id, version);
        if (exhibition.published() && exhibition.venues().size() == 1 && exhibition.venues().get(0).id().equals(venue)) {
            throw new Refusal("exhibitions", "last-venue");
        }
        if (!exhibition.removeVenue(venue, clock.instant())) {
            throw new NotFoundException("venue");
        }
        record(actor, exhibition, "venue removed");
    }

    /** For the starter data: an exhibition made with its sections and venues and published at once, by the secretariat. */
    Exhibition createPublished(Actor actor, Exhibition.Details details, List<ExhibitionSection.Draft> sections,
                               List<StarterVenue> venues) {
        Exhibition exhibition = create(actor, Optional.empty(), details);
        for (ExhibitionSection.Draft section : sections) {
            addSection(actor, exhibition.id(), exhibition.version(), section);
        }
        for (StarterVenue venue : venues) {
            addVenue(actor, exhibition.id(), exhibition.version(), venue.museum(), venue.opens(), venue.closes());
        }
        publish(actor, exhibition.id(), exhibition.version(), true);
        return exhibition;
    }

    record StarterVenue(String museum, LocalDate opens, LocalDate closes) {
    }

    // ---- rules

    private Exhibition current(Actor actor, ExhibitionId id, long version) {
        Exhibition exhibition = exhibition(actor, id);
        if (exhibition.version() != version) {
            throw new Refusal("exhibitions", "stale");
        }
        return exhibition;
    }

    private void check(Actor actor, Exhibition.Details details, UUID self) {
        if (details.museumId() != null && museums.find(new MuseumId(details.museumId())).isEmpty()
                || !access.curates(actor, details.museumId())) {
            throw new Refusal("exhibitions", "museum-not-yours");
        }
        exhibitions.findByReference(details.reference()).filter(other -> !other.id().value().equals(self)).ifPresent(other -> {
            throw new Refusal("exhibitions", "reference-taken");
        });
    }

    private void check(ExhibitionSection.Draft draft) {
        for (ExhibitionPiece.Draft piece : draft.pieces()) {
            boolean known = piece.kind() == ExhibitionPiece.Kind.OBJECT ? collections.exists(piece.reference())
                    : registry.find(piece.reference()).isPresent();
            if (!known) {
                throw new Refusal("exhibitions", "piece-unknown", piece.reference());
            }
        }
    }

    private void record(Actor actor, Exhibition exhibition, String what) {
        audit.recordBy(actor.email(), AuditType.EXHIBITION, "exhibition:" + exhibition.reference(), what);
        changed(exhibition);
    }

    private void changed(Exhibition exhibition) {
        Set<String> states = new LinkedHashSet<>();
        Optional.ofNullable(exhibition.museumId()).flatMap(m -> museums.find(new MuseumId(m))).map(MuseumsApi.MuseumSummary::state)
                .ifPresent(states::add);
        exhibition.venues().forEach(v -> museums.find(new MuseumId(v.museumId())).map(MuseumsApi.MuseumSummary::state).ifPresent(states::add));
        states.remove(null);
        Set<String> heritage = exhibition.sections().stream().flatMap(s -> s.pieces().stream())
                .filter(p -> p.kind() == ExhibitionPiece.Kind.HERITAGE).map(ExhibitionPiece::reference)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        events.publishEvent(new ExhibitionChanged(exhibition.id().value(), exhibition.reference(), exhibition.published(),
                exhibition.kind(), exhibition.title(), exhibition.introduction(), narrative(exhibition), states, heritage));
        // its venues are in the centre's calendar
        events.publishEvent(new org.turath.learning.CalendarSource.Changed());
    }

    /** The sections' titles, narratives and captions, one text per language: what search reads beside the introduction. */
    private static LocalizedText narrative(Exhibition exhibition) {
        StringBuilder ar = new StringBuilder();
        StringBuilder en = new StringBuilder();
        StringBuilder fr = new StringBuilder();
        for (ExhibitionSection section : exhibition.sections()) {
            append(ar, en, fr, section.title());
            append(ar, en, fr, section.narrative());
            section.pieces().forEach(p -> append(ar, en, fr, p.caption()));
        }
        return new LocalizedText(blank(ar), blank(en), blank(fr));
    }

    private static void append(StringBuilder ar, StringBuilder en, StringBuilder fr, LocalizedText text) {
        text.in(org.turath.shared.Language.AR).ifPresent(t -> ar.append(t).append('\n'));
        text.in(org.turath.shared.Language.EN).ifPresent(t -> en.append(t).append('\n'));
        text.in(org.turath.shared.Language.FR).ifPresent(t -> fr.append(t).append('\n'));
    }

    private static String blank(StringBuilder text) {
        return text.isEmpty() ? null : text.toString().strip();
    }
}
