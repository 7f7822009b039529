package org.turath.museums.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AccountView;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.museums.MuseumChanged;
import org.turath.museums.MuseumId;
import org.turath.museums.domain.Museum;
import org.turath.museums.domain.MuseumListing;
import org.turath.museums.domain.Museums;
import org.turath.registry.RegistryApi;
import org.turath.shared.EmailAddress;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;
import org.turath.submissions.FormSubmissions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The museums' directory: entries created and published by the secretariat, edited by them and by each museum's
 * curators — every rule checked here whatever page calls it, a stale edit refused, a double post of a new entry's form
 * leading to the entry the first one made, every change in the history (Envers) and the audit log.
 */
@Service
@Transactional
public class MuseumDesk {

    /** The most markers one map asks for (the directory is far smaller; a bound, not a page). */
    public static final int MAX_MARKERS = 5_000;
    private static final int MARKER_BATCH = 500;
    private static final int MAX_CITIES = 300;
    private static final int MAX_RELATED = 50;

    private final Museums museums;
    private final MuseumAccess access;
    private final AccountsApi accounts;
    private final RegistryApi registry;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final MuseumPageStamps pages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MuseumDesk(Museums museums, MuseumAccess access, AccountsApi accounts, RegistryApi registry, AuditLog audit,
               FormSubmissions submissions, MuseumPageStamps pages, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.museums = museums;
        this.access = access;
        this.accounts = accounts;
        this.registry = registry;
        this.audit = audit;
        this.submissions = submissions;
        this.pages = pages;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- in public

    /** Published entries, narrowed by {@code filter}, in the alphabetical order of {@code language}. */
    @Transactional(readOnly = true)
    public Slice<Museum> directory(MuseumListing.Filter filter, Language language, Optional<String> cursor, int limit) {
        return page(new MuseumListing.Filter(filter.state(), filter.kind(), filter.cityKey(), true, Optional.empty()), language,
                cursor, limit);
    }

    @Transactional(readOnly = true)
    public Optional<Museum> shown(String reference) {
        return museums.findByReference(reference).filter(Museum::published);
    }

    /** The cities with a published museum in {@code state}: their keys and names. */
    @Transactional(readOnly = true)
    public List<City> cities(String state) {
        return museums.citiesOf(state, Limit.of(MAX_CITIES)).stream()
                .map(row -> new City((String) row[0], new LocalizedText((String) row[1], (String) row[2], (String) row[3])))
                .toList();
    }

    /** A city of the directory's filter. */
    public record City(String key, LocalizedText name) {
    }

    /**
     * Where each published museum with a position is, {@code [latitude, longitude]} (at most {@value #MAX_MARKERS}): for
     * the first view of the map of the List, which draws them on every page, without reading whole entries.
     */
    @Transactional(readOnly = true)
    public List<double[]> positions() {
        return museums.publishedPositions(org.springframework.data.domain.Limit.of(MAX_MARKERS)).stream()
                .map(row -> new double[] {(Double) row[0], (Double) row[1]}).toList();
    }

    /** Published museums with a position, narrowed by {@code filter}, for a map (at most {@value #MAX_MARKERS}). */
    @Transactional(readOnly = true)
    public List<Museum> located(MuseumListing.Filter filter) {
        MuseumListing.Filter shown = new MuseumListing.Filter(filter.state(), filter.kind(), filter.cityKey(), true, Optional.empty());
        List<Museum> all = new ArrayList<>();
        Optional<MuseumListing.After> after = Optional.empty();
        while (all.size() < MAX_MARKERS) {
            List<Museum> batch = museums.page(shown, Language.EN, after, MARKER_BATCH);
            batch.stream().filter(m -> m.position().isPresent()).forEach(all::add);
            if (batch.size() < MARKER_BATCH) {
                break;
            }
            Museum last = batch.get(batch.size() - 1);
            after = Optional.of(new MuseumListing.After(last.sortKey(Language.EN), last.id().value()));
        }
        return all.size() > MAX_MARKERS ? all.subList(0, MAX_MARKERS) : all;
    }

    /** Published museums that name the heritage item {@code reference}. */
    @Transactional(readOnly = true)
    public List<Museum> relatedTo(String reference) {
        return museums.relatedTo(reference, Limit.of(MAX_RELATED));
    }

    // ---- the back office

    public boolean keeps(Actor actor) {
        return access.keeps(actor);
    }

    public void requireKeeper(Actor actor) {
        access.requireKeeper(actor);
    }

    public boolean edits(Actor actor, Museum museum) {
        return access.edits(actor, museum);
    }

    /** The entries {@code actor} works on: every entry for the secretariat, a curator's own for a curator. */
    @Transactional(readOnly = true)
    public Slice<Museum> desk(Actor actor, MuseumListing.Filter filter, Language language, Optional<String> cursor, int limit) {
        access.requireWorker(actor);
        Optional<String> curator = access.keeps(actor) ? Optional.empty() : Optional.of(actor.email());
        return page(new MuseumListing.Filter(filter.state(), filter.kind(), filter.cityKey(), false, curator), language, cursor,
                limit);
    }

    @Transactional(readOnly = true)
    public Museum museum(Actor actor, MuseumId id) {
        return access.requireEditor(actor, museums.findById(id.value()).orElseThrow(() -> new NotFoundException("museum")));
    }

    public Museum create(Actor actor, Optional<String> submission, Museum.Details details) {
        access.requireKeeper(actor);
        Optional<Museum> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> museums.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(details, null);
        Instant now = clock.instant();
        Museum museum = museums.save(new Museum(details, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, museum.id().toString(), now));
        audit.recordBy(actor.email(), AuditType.MUSEUM, "museum:" + museum.reference(), "created");
        changed(museum);
        return museum;
    }

    /** Saves an entry; a curator keeps its reference (its address), which only the secretariat changes. */
    public Museum update(Actor actor, MuseumId id, long version, Museum.Details details) {
        Museum museum = museum(actor, id);
        if (museum.version() != version) {
            throw new Refusal("museums", "stale");
        }
        if (!access.keeps(actor) && !museum.reference().equals(details.reference())) {
            throw new Refusal("museums", "reference-kept");
        }
        check(details, museum.id().value());
        java.util.Set<String> presented = new java.util.HashSet<>(museum.heritage());
        museum.apply(details, clock.instant());
        audit.recordBy(actor.email(), AuditType.MUSEUM, "museum:" + museum.reference(), "updated");
        if (museum.published()) {
            presented.addAll(museum.heritage());
            pages.forget(presented);
        }
        changed(museum);
        return museum;
    }

    public Museum publish(Actor actor, MuseumId id, long version, boolean shown) {
        access.requireKeeper(actor);
        Museum museum = museum(actor, id);
        if (museum.version() != version) {
            throw new Refusal("museums", "stale");
        }
        if (shown && museum.name().isEmpty()) {
            throw new Refusal("museums", "unnamed");
        }
        museum.publish(shown, clock.instant());
        audit.recordBy(actor.email(), AuditType.MUSEUM, "museum:" + museum.reference(), shown ? "published" : "withdrawn");
        pages.forget(museum.heritage());
        changed(museum);
        return museum;
    }

    /** Names the holder of a curator's account as a curator of the museum. */
    public Museum addCurator(Actor actor, MuseumId id, String email) {
        access.requireKeeper(actor);
        Museum museum = museum(actor, id);
        if (!EmailAddress.wellFormed(email)) {
            throw new Refusal("museums", "curator-unknown");
        }
        AccountView account = accounts.find(EmailAddress.normalise(email)).orElseThrow(() -> new Refusal("museums", "curator-unknown"));
        if (!account.roles().contains(Role.MUSEUM_CURATOR)) {
            throw new Refusal("museums", "curator-role");
        }
        if (museum.addCurator(account.email())) {
            audit.recordBy(actor.email(), AuditType.MUSEUM, "museum:" + museum.reference(), "curator added: " + account.email());
        }
        return museum;
    }

    public Museum removeCurator(Actor actor, MuseumId id, String email) {
        access.requireKeeper(actor);
        Museum museum = museum(actor, id);
        if (museum.removeCurator(email)) {
            audit.recordBy(actor.email(), AuditType.MUSEUM, "museum:" + museum.reference(), "curator removed: " + email);
        }
        return museum;
    }

    /** For the starter data: an entry made and published at once, by the secretariat. */
    Museum createPublished(Actor actor, Museum.Details details) {
        Museum museum = create(actor, Optional.empty(), details);
        museum.publish(true, clock.instant());
        pages.forget(museum.heritage());
        changed(museum);
        return museum;
    }

    private void check(Museum.Details details, UUID self) {
        museums.findByReference(details.reference()).filter(other -> !other.id().value().equals(self)).ifPresent(other -> {
            throw new Refusal("museums", "reference-taken");
        });
        for (String reference : details.heritage()) {
            if (registry.find(reference).isEmpty()) {
                throw new Refusal("museums", "heritage-unknown", reference);
            }
        }
    }

    private void changed(Museum museum) {
        events.publishEvent(new MuseumChanged(museum.id().value(), museum.reference(), museum.published(), museum.name(),
                museum.city(), museum.description(), museum.kind(), museum.state(), museum.founded(), museum.website(),
                museum.heritage()));
    }

    private Slice<Museum> page(MuseumListing.Filter filter, Language language, Optional<String> cursor, int limit) {
        Optional<MuseumListing.After> after = KeysetCursor.Named.of(cursor).map(at -> new MuseumListing.After(at.sortKey(), at.id()));
        List<Museum> rows = museums.page(filter, language, after, limit + 1);
        return Slice.of(rows, limit, m -> KeysetCursor.Named.encode(m.sortKey(language), m.id().value()));
    }
}
