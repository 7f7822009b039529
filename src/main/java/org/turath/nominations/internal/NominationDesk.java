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
 * Where every command on a nomination file is given: it checks who may give it (role, the file's
 * states, the assignment, the session), lets the file check what may follow what, records the step,
 * and tells those concerned by mail. A file someone may not see answers as if it did not exist.
 */
@Service
@Transactional
public class NominationDesk {

    /** What each kind of document may be, by the type its content shows (never by its name). */
    private static final Map<Attachment.Kind, Set<String>> ALLOWED_TYPES = Map.of(
            Attachment.Kind.MAP, Set.of("application/pdf", "image/jpeg", "image/png", "image/webp", "application/vnd.google-earth.kml+xml"),
            Attachment.Kind.PHOTO, Set.of("image/jpeg", "image/png", "image/webp"),
            Attachment.Kind.MANAGEMENT_PLAN, Set.of("application/pdf"),
            Attachment.Kind.CONSENT, Set.of("application/pdf", "image/jpeg", "image/png"),
            Attachment.Kind.OTHER, Set.of("application/pdf", "image/jpeg", "image/png", "image/webp"));
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/jpeg", "jpg", "image/png", "png",
            "image/webp", "webp", "application/vnd.google-earth.kml+xml", "kml");
    public static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;
    static final int MAX_ATTACHMENTS = 100;
    private static final String AREA = "nominations";

    private final NominationFiles files;
    private final org.turath.nominations.domain.PreliminaryEntries preliminary;
    private final Attachments attachments;
    private final org.turath.files.FileStore store;
    private final NominationVersions versions;
    private final CommitteeSessions sessions;
    private final Decisions decisions;
    private final NominationCycle cycle;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final org.turath.submissions.FormSubmissions submissions;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Clock clock;

    NominationDesk(NominationFiles files, org.turath.nominations.domain.PreliminaryEntries preliminary, Attachments attachments, org.turath.files.FileStore store, NominationVersions versions, CommitteeSessions sessions, Decisions decisions,
                   NominationCycle cycle, AccountsApi accounts, AuditLog audit, Mailer mailer, MessageSource messages,
                   ApplicationEventPublisher events, JdbcTemplate jdbc, tools.jackson.databind.json.JsonMapper json,
                   Optional<Clock> clock, org.turath.submissions.FormSubmissions submissions) {
        this.submissions = submissions;
        this.files = files;
        this.preliminary = preliminary;
        this.attachments = attachments;
        this.store = store;
        this.versions = versions;
        this.sessions = sessions;
        this.decisions = decisions;
        this.cycle = cycle;
        this.accounts = accounts;
        this.audit = audit;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A file as one person sees it, with the commands they may give now. */
    /** {@code readable}: whether the person may read the dossier itself (an expert only after declaring their interests). */
    public record View(NominationFile file, Set<NominationCommand> commands, boolean canEdit, Completeness completeness,
                       boolean readable) {
    }

    public record Submitted(String reference, int version, boolean already) {
    }

    // --- reading -----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public View open(Actor actor, UUID id) {
        NominationFile file = visible(actor, id);
        // the page reads the file after the transaction: load all it shows
        file.evaluations();
        file.steps();
        file.texts();
        file.components();
        file.coStates();
        file.comments();
        return new View(file, commands(actor, file), canEdit(actor, file), Completeness.of(file, attachedKinds(id)),
                canRead(actor, file));
    }

    /** The files a person works on: a focal point's states' files, the secretariat's queue, an expert's assignments. */
    @Transactional(readOnly = true)
    public Slice<NominationFile> list(Actor actor, Optional<NominationStatus> status, Optional<String> cursor, int limit) {
        KeysetCursor.At before = KeysetCursor.At.of(cursor, new KeysetCursor.At(NominationFiles.FIRST_AT, NominationFiles.FIRST_ID));
        Instant beforeAt = before.time();
        UUID beforeId = before.id();
        List<NominationFile> page;
        if (actor.hasAny(Role.SECRETARIAT, Role.ADMIN)) {
            page = files.submitted(status.orElse(null), beforeAt, beforeId, Limit.of(limit + 1));
        } else if (actor.hasAny(Role.FOCAL_POINT) && !actor.states().isEmpty()) {
            page = files.forStates(actor.states(), status.orElse(null), beforeAt, beforeId, Limit.of(limit + 1));
        } else if (actor.hasAny(Role.EVALUATOR)) {
            page = files.assignedTo(actor.email(), beforeAt, beforeId, Limit.of(limit + 1));
        } else {
            page = List.of();
        }
        // the list shows every file's states (one batched query for the page)
        page.forEach(NominationFile::allStates);
        return Slice.of(page, limit, f -> KeysetCursor.of(f.updatedAt().toString(), f.id().toString()).encode());
    }

    @Transactional(readOnly = true)
    public Optional<NominationVersion> version(Actor actor, UUID id, int number) {
        readable(actor, id);
        return versions.findByFileIdAndNumber(id, number).map(v -> {
            v.texts();
            return v;
        });
    }

    public NominationCycle cycle() {
        return cycle;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // --- the state's work on its dossier -----------------------------------------------------

    public UUID create(Actor actor, Optional<String> submission, String state, Set<String> coStates, NominationKind kind,
                       boolean serial, LocalizedText name) {
        return create(actor, submission, state, coStates, kind, serial, name, Optional.empty());
    }

    /** Begins a file, for an entry of the state's preliminary list if one is given (required when configuration says so). */
    public UUID create(Actor actor, Optional<String> submission, String state, Set<String> coStates, NominationKind kind,
                       boolean serial, LocalizedText name, Optional<UUID> preliminaryEntry) {
        if (!actor.hasAny(Role.FOCAL_POINT) || !actor.states().contains(state)) {
            throw new NotAllowedException();
        }
        Optional<UUID> earlier = submission.flatMap(this::submitted);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        int year = cycle.cycleFor(today());
        Optional<org.turath.nominations.domain.PreliminaryEntry> entry = preliminaryEntry.flatMap(preliminary::findById);
        if (preliminaryEntry.isPresent() && entry.isEmpty()) {
            throw new Refusal("nominations", "preliminary-entry");
        }
        cycle.checkPreliminaryList(entry, state, year);
        Instant now = clock.instant();
        NominationFile file = new NominationFile(state, coStates, kind, serial, name, year, actor.email(), now);
        entry.ifPresent(file::nominates);
        files.save(file);
        submission.ifPresent(token -> submissions.remember(token, file.id().toString(), now));
        audit.record(AuditType.NOMINATION, file.label(), "CREATE " + state);
        return file.id();
    }

    // --- zones -------------------------------------------------------------------------------

    /**
     * Sets a core or buffer zone from an uploaded GeoJSON or KML file (of the property when
     * {@code component} is 0, else of that component), or removes it when {@code content} is null.
     */
    public void zone(Actor actor, UUID id, int component, boolean core, byte[] content) {
        NominationFile file = visible(actor, id);
        requireEditable(actor, file);
        if (component < 0 || component > file.components().size()) {
            throw new Refusal("nominations", "zone-target");
        }
        String geoJson = content == null ? null : org.turath.nominations.domain.ZoneGeometry.normalise(content, json);
        file.zone(component, core, geoJson, actor.email(), clock.instant());
        audit.record(AuditType.NOMINATION, file.label(), (geoJson == null ? "ZONE REMOVED " : "ZONE ")
                + (core ? "core" : "buffer") + (component == 0 ? "" : " of component " + component));
    }

    // --- preliminary lists -------------------------------------------------------------------

    /** The current entries of the preliminary lists a person may read: their own states', or all for the secretariat. */
    @Transactional(readOnly = true)
    public Slice<org.turath.nominations.domain.PreliminaryEntry> preliminaryList(Actor actor, Optional<String> cursor, int limit) {
        Set<String> states = actor.hasAny(Role.SECRETARIAT) ? statesWithPreliminaryLists() : actor.states();
        if (states.isEmpty()) {
            return new Slice<>(List.of(), Optional.empty());
        }
        LocalDate beforeOn = CommitteeSessions.FIRST_ON;
        UUID beforeId = CommitteeSessions.FIRST_ID;
        if (cursor.isPresent()) {
            KeysetCursor keys = KeysetCursor.decode(cursor.get(), 2);
            beforeOn = LocalDate.parse(keys.value(0));
            beforeId = UUID.fromString(keys.value(1));
        }
        return Slice.of(preliminary.current(states, beforeOn, beforeId, Limit.of(limit + 1)), limit,
                e -> KeysetCursor.of(e.listedOn().toString(), e.id().toString()).encode());
    }

    public UUID addToPreliminaryList(Actor actor, String state, NominationKind kind, LocalizedText name) {
        if (!actor.hasAny(Role.FOCAL_POINT) || !actor.states().contains(state)) {
            throw new NotAllowedException();
        }
        if (name.isEmpty()) {
            throw new Refusal("nominations", "preliminary-name");
        }
        org.turath.nominations.domain.PreliminaryEntry entry = new org.turath.nominations.domain.PreliminaryEntry(state, kind, name,
                today(), actor.email());
        preliminary.save(entry);
        audit.record(AuditType.NOMINATION, "preliminary:" + state, "LISTED " + kind);
        return entry.id();
    }

    public void removeFromPreliminaryList(Actor actor, UUID entryId) {
        org.turath.nominations.domain.PreliminaryEntry entry = preliminary.findById(entryId)
                .filter(e -> actor.hasAny(Role.FOCAL_POINT) && actor.states().contains(e.state()) && e.current())
                .orElseThrow(() -> new NotFoundException("preliminary entry"));
        entry.remove(today(), actor.email());
        audit.record(AuditType.NOMINATION, "preliminary:" + entry.state(), "REMOVED " + entry.kind());
    }

    private Set<String> statesWithPreliminaryLists() {
        return Set.copyOf(jdbc.queryForList("select distinct state_code from preliminary_entry where removed_on is null", String.class));
    }

    /** The file an earlier handling of the same create form made, if any (a double click). */
    @Transactional(readOnly = true)
    public Optional<UUID> submitted(String submission) {
        return submissions.resultOf(submission).map(UUID::fromString);
    }

    /**
     * Saves the identification section (the property, its place and components, and the section's
     * fields); refuses (without saving) when someone saved since {@code expectedVersion}.
     */
    public void identify(Actor actor, UUID id, long expectedVersion, LocalizedText name, Set<String> coStates, boolean serial,
                         Double latitude, Double longitude, BigDecimal core, BigDecimal buffer, List<Part> components,
                         Map<String, String> values) {
        NominationFile file = editable(actor, id, expectedVersion);
        Instant now = clock.instant();
        file.identify(name, coStates, serial, latitude, longitude, core, buffer, actor.email(), now);
        file.replaceComponents(serial ? components : List.of(), actor.email(), now);
        file.fill("identification", values, actor.email(), now);
    }

    public void fill(Actor actor, UUID id, long expectedVersion, String section, Map<String, String> values) {
        NominationFile file = editable(actor, id, expectedVersion);
        file.fill(section, values, actor.email(), clock.instant());
    }

    private NominationFile editable(Actor actor, UUID id, long expectedVersion) {
        NominationFile file = visible(actor, id);
        if (!canEdit(actor, file)) {
            if (!file.status().editable()) {
                throw new Refusal("nominations", "not-editable", file.status());
            }
            throw new NotAllowedException();
        }
        if (file.version() != expectedVersion) {
            throw new StaleFileException(file.updatedBy(), file.updatedAt());
        }
        return file;
    }

    /**
     * Sends the dossier to the secretariat: complete, in time (or within an extension), frozen as the
     * next version, with a reference and a receipt by mail. A second submit of the same file is harmless.
     */
    public Submitted submit(Actor actor, UUID id) {
        NominationFile file = visible(actor, id);
        if (file.status() == NominationStatus.SUBMITTED && canEditAsState(actor, file)) {
            return new Submitted(file.reference(), file.versions(), true);
        }
        guard(actor, file, NominationCommand.SUBMIT);
        LocalDate today = today();
        LocalDate due = cycle.filesDue(file.cycleYear());
        if (today.isAfter(due) && (file.extendedUntil() == null || today.isAfter(file.extendedUntil()))) {
            throw new Refusal("nominations", "late", file.cycleYear(), due, file.cycleYear() + 1);
        }
        Completeness completeness = Completeness.of(file, attachedKinds(id));
        if (!completeness.complete()) {
            throw new IncompleteDossierException(completeness.missing());
        }
        Map<String, String> documents = new java.util.TreeMap<>();
        List<Attachment> attached = attachments.ofFile(id, Limit.of(MAX_ATTACHMENTS));
        for (int i = 0; i < attached.size(); i++) {
            Attachment a = attached.get(i);
            documents.put("attachments.%03d".formatted(i + 1), a.kind() + ": " + a.shownName() + (a.size() > 0 ? " (" + a.size() + " bytes)" : "")
                    + (a.rightsRelease() ? " [rights released]" : ""));
        }
        NominationVersion version = file.submit(() -> nextReference(file.cycleYear()), documents, actor.email(), clock.instant());
        versions.save(version);
        audit.record(AuditType.NOMINATION, file.reference(), "SUBMIT v" + version.number());
        String name = displayName(file, actor.email());
        tell(actor.email(), "submitted", file, name, String.valueOf(version.number()));
        return new Submitted(file.reference(), version.number(), false);
    }

    // --- documents ---------------------------------------------------------------------------

    private Set<Attachment.Kind> attachedKinds(UUID fileId) {
        Set<Attachment.Kind> kinds = EnumSet.noneOf(Attachment.Kind.class);
        attachments.ofFile(fileId, Limit.of(MAX_ATTACHMENTS)).forEach(a -> kinds.add(a.kind()));
        return kinds;
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(Actor actor, UUID id) {
        readable(actor, id);
        return attachments.ofFile(id, Limit.of(MAX_ATTACHMENTS));
    }

    /** A stored document to download: where it is and what it is. */
    public record Download(java.nio.file.Path path, String mediaType, String shownName) {
    }

    /** The maps and photographs (JPEG, PNG) a version was submitted with, for its PDF. */
    @Transactional(readOnly = true)
    public List<DossierPdf.Figure> figures(Actor actor, UUID id, NominationVersion version) {
        readable(actor, id);
        return attachments.ofFile(id, Limit.of(MAX_ATTACHMENTS)).stream()
                .filter(a -> a.storedName() != null && !a.uploadedAt().isAfter(version.submittedAt()))
                .filter(a -> a.kind() == Attachment.Kind.MAP || a.kind() == Attachment.Kind.PHOTO)
                .filter(a -> a.mediaType().equals("image/jpeg") || a.mediaType().equals("image/png"))
                .map(a -> new DossierPdf.Figure(store.path(AREA, a.storedName()).toUri().toString(), a.kind().name(),
                        a.caption() == null ? a.shownName() : a.caption()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Download download(Actor actor, UUID id, UUID attachmentId) {
        readable(actor, id);
        Attachment attachment = attachments.findById(attachmentId).filter(a -> a.fileId().equals(id) && a.storedName() != null)
                .orElseThrow(() -> new NotFoundException("attachment"));
        return new Download(store.path(AREA, attachment.storedName()), attachment.mediaType(), attachment.shownName());
    }

    /**
     * Takes a document in while the state works on the file: streamed to disk and refused past
     * {@link #MAX_ATTACHMENT_BYTES}, its type read from its content and checked against what the
     * kind allows, a photograph only with its rights release. A refused upload leaves nothing behind.
     */
    public UUID attach(Actor actor, UUID id, Attachment.Kind kind, java.io.InputStream in, String originalName, String caption,
                       boolean rightsRelease) throws java.io.IOException {
        NominationFile file = visible(actor, id);
        requireEditable(actor, file);
        if (kind == Attachment.Kind.VIDEO) {
            throw new Refusal("nominations", "attachment-type", "video");
        }
        if (kind.needsRightsRelease() && !rightsRelease) {
            throw new Refusal("nominations", "rights-release");
        }
        if (attachments.countByFileId(id) >= MAX_ATTACHMENTS) {
            throw new Refusal("nominations", "attachment-count", MAX_ATTACHMENTS);
        }
        org.turath.files.FileStore.Received received;
        try {
            received = store.receive(in, AREA, MAX_ATTACHMENT_BYTES);
        } catch (org.turath.files.FileStore.TooLargeException e) {
            throw new Refusal("nominations", "attachment-too-large", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        if (received.size() == 0 || !ALLOWED_TYPES.get(kind).contains(received.detectedType())) {
            store.discard(received);
            throw new Refusal("nominations", "attachment-type", received.size() == 0 ? "empty" : received.detectedType());
        }
        String stored = store.keep(received, AREA, EXTENSIONS.get(received.detectedType()));
        try {
            Attachment attachment = Attachment.stored(id, kind, stored,
                    org.turath.files.FileStore.shownName(originalName, "document", 200), received.detectedType(),
                    received.size(), blankToNull(caption), rightsRelease, actor.email(), clock.instant());
            attachments.save(attachment);
            audit.record(AuditType.NOMINATION, file.label(), "ATTACH " + kind + " " + received.detectedType());
            return attachment.id();
        } catch (RuntimeException e) {
            store.delete(AREA, stored);
            throw e;
        }
    }

    /** A link to a video (the portal does not host videos), with its rights release. */
    public UUID attachVideo(Actor actor, UUID id, String url, String caption, boolean rightsRelease) {
        NominationFile file = visible(actor, id);
        requireEditable(actor, file);
        if (url == null || !url.matches("https://[^\\s<>\"']{3,480}")) {
            throw new Refusal("nominations", "video-link");
        }
        if (!rightsRelease) {
            throw new Refusal("nominations", "rights-release");
        }
        Attachment attachment = Attachment.video(id, url, blankToNull(caption), true, actor.email(), clock.instant());
        attachments.save(attachment);
        return attachment.id();
    }

    public void detach(Actor actor, UUID id, UUID attachmentId) throws java.io.IOException {
        NominationFile file = visible(actor, id);
        requireEditable(actor, file);
        Attachment attachment = attachments.findById(attachmentId).filter(a -> a.fileId().equals(id))
                .orElseThrow(() -> new NotFoundException("attachment"));
        attachments.delete(attachment);
        attachments.flush();
        if (attachment.storedName() != null) {
            store.delete(AREA, attachment.storedName());
        }
        audit.record(AuditType.NOMINATION, file.label(), "DETACH " + attachment.kind());
    }

    private void requireEditable(Actor actor, NominationFile file) {
        if (!canEditAsState(actor, file)) {
            throw new NotAllowedException();
        }
        if (!file.status().editable()) {
            throw new Refusal("nominations", "not-editable", file.status());
        }
    }

    private String nextReference(int year) {
        int updated = jdbc.update("update nomination_counter set last_number = last_number + 1 where counter_year = ?", year);
        if (updated == 0) {
            jdbc.update("insert into nomination_counter (counter_year, last_number) values (?, 1)", year);
        }
        Integer last = jdbc.queryForObject("select last_number from nomination_counter where counter_year = ?", Integer.class, year);
        return "IWHN-%d-%03d".formatted(year, last);
    }

    public void rollOver(Actor actor, UUID id) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.ROLL_OVER);
        file.rollOver(actor.email(), clock.instant());
        audit.record(AuditType.NOMINATION, file.label(), "ROLL_OVER " + file.cycleYear());
    }

    public void withdraw(Actor actor, UUID id, String reason) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.WITHDRAW);
        file.withdraw(reason, actor.email(), clock.instant());
        audit.record(AuditType.NOMINATION, file.label(), "WITHDRAW");
    }

    // --- the secretariat ---------------------------------------------------------------------

    public void extend(Actor actor, UUID id, LocalDate until) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.EXTEND);
        if (until.isBefore(today())) {
            throw new Refusal("nominations", "extension-past", until);
        }
        file.extend(until, actor.email(), clock.instant());
        audit.record(AuditType.NOMINATION, file.label(), "EXTEND " + until);
    }

    /** Back to the state with comments per section; at least one comment says what to fix. */
    public void returnToState(Actor actor, UUID id, Map<String, String> sectionComments, String summary) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.RETURN);
        if (sectionComments.isEmpty() && (summary == null || summary.isBlank())) {
            throw new Refusal("nominations", "return-needs-comment");
        }
        file.returnToState(sectionComments, summary, actor.email(), clock.instant());
        audit.record(AuditType.NOMINATION, file.reference(), "RETURN v" + file.versions());
        tellState(file, "returned", summary == null ? "" : summary);
    }

    public void accept(Actor actor, UUID id, String comment) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.ACCEPT);
        file.accept(comment, actor.email(), clock.instant());
        audit.record(AuditType.NOMINATION, file.reference(), "ACCEPT v" + file.versions());
        tellState(file, "complete", "");
    }

    /**
     * Assigns experts of the scientific committee. An expert who is not an evaluator, or who comes
     * from one of the file's states, is refused by name.
     */
    public void assign(Actor actor, UUID id, List<String> evaluators, LocalDate dueOn) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.ASSIGN);
        if (evaluators.isEmpty()) {
            throw new Refusal("nominations", "no-evaluator");
        }
        if (dueOn.isBefore(today())) {
            throw new Refusal("nominations", "due-past", dueOn);
        }
        List<String> normalised = new ArrayList<>();
        for (String email : evaluators) {
            AccountView person = accounts.find(email.trim())
                    .filter(p -> p.roles().contains(Role.EVALUATOR))
                    .orElseThrow(() -> new Refusal("nominations", "not-evaluator", email));
            Optional<String> shared = person.states().stream().filter(file.allStates()::contains).findFirst();
            if (shared.isPresent()) {
                throw new Refusal("nominations", "evaluator-from-state", person.email(), shared.get());
            }
            normalised.add(person.email());
        }
        List<Evaluation> added = file.assign(normalised, dueOn, actor.email(), clock.instant());
        audit.record(AuditType.NOMINATION, file.reference(), "ASSIGN " + String.join(", ", normalised));
        for (Evaluation evaluation : added) {
            tell(evaluation.evaluator(), "assigned", file, displayName(file, evaluation.evaluator()), dueOn.toString());
        }
    }

    // --- the experts -------------------------------------------------------------------------

    public void declare(Actor actor, UUID id, boolean conflicted, String declaration) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.EVALUATE);
        file.declare(actor.email(), conflicted, declaration, clock.instant());
        audit.record(AuditType.NOMINATION, file.reference(), conflicted ? "CONFLICT declared" : "NO CONFLICT declared");
        if (conflicted) {
            file.evaluation(actor.email()).ifPresent(e -> tell(e.assignedBy(), "conflict", file,
                    displayName(file, e.assignedBy()), actor.email()));
        }
    }

    public void evaluate(Actor actor, UUID id, List<String> criteria, String assessment, Outcome recommendation) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.EVALUATE);
        Evaluation evaluation = file.evaluation(actor.email()).orElseThrow(NotAllowedException::new);
        if (!evaluation.declared()) {
            throw new Refusal("nominations", "declare-first");
        }
        if (evaluation.done()) {
            throw new Refusal("nominations", "already-evaluated");
        }
        if (assessment == null || assessment.isBlank()) {
            throw new Refusal("nominations", "assessment-missing");
        }
        file.evaluate(actor.email(), criteria, assessment, recommendation, clock.instant());
        audit.record(AuditType.NOMINATION, file.reference(), "EVALUATE " + recommendation);
    }

    // --- the Committee -----------------------------------------------------------------------

    public UUID createSession(Actor actor, int year, int number, CommitteeSession.Kind kind, CommitteeSession.Mode mode,
                              LocalizedText place, String videoLink, LocalDate startsOn, LocalDate endsOn, Set<String> members) {
        if (!actor.hasAny(Role.SECRETARIAT)) {
            throw new NotAllowedException();
        }
        if (sessions.existsByYearAndNumber(year, number)) {
            throw new Refusal("nominations", "session-exists", year, number);
        }
        if (endsOn.isBefore(startsOn)) {
            throw new Refusal("nominations", "session-dates");
        }
        if (mode != CommitteeSession.Mode.IN_PERSON && (videoLink == null || videoLink.isBlank())) {
            throw new Refusal("nominations", "session-link");
        }
        for (String member : members) {
            accounts.find(member).filter(p -> p.roles().contains(Role.COMMITTEE_MEMBER))
                    .orElseThrow(() -> new Refusal("nominations", "not-member", member));
        }
        CommitteeSession session = new CommitteeSession(year, number, kind, mode, place, videoLink, startsOn, endsOn, members,
                actor.email(), clock.instant());
        sessions.save(session);
        audit.record(AuditType.NOMINATION, "IWHC/%d.%d".formatted(year, number), "SESSION " + kind + " " + mode);
        return session.id();
    }

    @Transactional(readOnly = true)
    public Slice<CommitteeSession> sessions(Optional<String> cursor, int limit) {
        LocalDate beforeOn = CommitteeSessions.FIRST_ON;
        UUID beforeId = CommitteeSessions.FIRST_ID;
        if (cursor.isPresent()) {
            KeysetCursor keys = KeysetCursor.decode(cursor.get(), 2);
            beforeOn = LocalDate.parse(keys.value(0));
            beforeId = UUID.fromString(keys.value(1));
        }
        return Slice.of(sessions.page(beforeOn, beforeId, Limit.of(limit + 1)), limit,
                s -> KeysetCursor.of(s.startsOn().toString(), s.id().toString()).encode());
    }

    @Transactional(readOnly = true)
    public CommitteeSession session(UUID id) {
        CommitteeSession session = sessions.findById(id).orElseThrow(() -> new NotFoundException("session"));
        session.members();
        return session;
    }

    /** The session's agenda: the files scheduled for it or decided in it. */
    @Transactional(readOnly = true)
    public List<NominationFile> agenda(UUID sessionId) {
        return files.scheduledFor(sessionId, Limit.of(500));
    }

    @Transactional(readOnly = true)
    public List<NominationFile> readyForAgenda() {
        return files.readyForAgenda(Limit.of(500));
    }

    @Transactional(readOnly = true)
    public List<Decision> decisionsOfFile(UUID fileId) {
        return decisions.ofFile(fileId, Limit.of(100));
    }

    /** A decision as the public reads it: the decision, and the file it is about. */
    public record PublicDecision(String reference, Outcome outcome, LocalDate decidedOn, LocalizedText text, String fileReference,
                                 LocalizedText name, List<String> states, NominationKind kind) {
    }

    /** The decisions of a session, in their order, for the public page (one page of {@code limit} after number {@code after}). */
    @Transactional(readOnly = true)
    public List<PublicDecision> publicDecisions(UUID sessionId, int after, int limit) {
        List<Decision> page = decisions.ofSession(sessionId, after, Limit.of(limit));
        Map<UUID, NominationFile> byId = new java.util.HashMap<>();
        files.findAllById(page.stream().map(Decision::fileId).toList()).forEach(f -> byId.put(f.id(), f));
        return page.stream().map(d -> {
            NominationFile file = byId.get(d.fileId());
            return new PublicDecision(d.reference(), d.outcome(), d.decidedOn(), d.text(), file.reference(), file.name(),
                    file.allStates(), file.kind());
        }).toList();
    }

    public void schedule(Actor actor, UUID id, UUID sessionId) {
        NominationFile file = visible(actor, id);
        guard(actor, file, NominationCommand.SCHEDULE);
        CommitteeSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session"));
        if (session.endsOn().isBefore(today())) {
            throw new Refusal("nominations", "session-over");
        }
        file.schedule(session, actor.email(), clock.instant());
        audit.record(AuditType.NOMINATION, file.reference(), "SCHEDULE IWHC/%d.%d".formatted(session.year(), session.number()));
    }

    /**
     * Records the Committee's decision on a scheduled file. {@code expectedVersion} is the file as the
     * person saw it: when someone decided meanwhile, this one is refused and says by whom.
     */
    public Decision decide(Actor actor, UUID id, long expectedVersion, Outcome outcome, LocalizedText text) {
        // the file is locked first: of two people deciding at once, the second waits, then sees the first's decision
        NominationFile file = files.lockById(id).filter(f -> canSee(actor, f)).orElseThrow(() -> new NotFoundException("nomination"));
        if (file.version() != expectedVersion) {
            throw new StaleFileException(file.updatedBy(), file.updatedAt());
        }
        guard(actor, file, NominationCommand.DECIDE);
        // numbering the session's decisions one at a time
        CommitteeSession session = sessions.lockById(file.sessionId()).orElseThrow(() -> new NotFoundException("session"));
        LocalDate today = today();
        Decision decision = file.decide(session, outcome, today, text, actor.email(), clock.instant());
        decisions.save(decision);
        files.flush();
        audit.record(AuditType.NOMINATION, file.reference(), "DECIDE " + decision.reference() + " " + outcome);
        if (outcome == Outcome.INSCRIBE) {
            events.publishEvent(inscribed(file, decision));
        }
        tellState(file, "decided." + outcome.name().toLowerCase(java.util.Locale.ROOT), decision.reference());
        return decision;
    }

    private NominationInscribed inscribed(NominationFile file, Decision decision) {
        String prefix = "description.description";
        LocalizedText description = new LocalizedText(blankToNull(file.text(prefix + ".ar")), blankToNull(file.text(prefix + ".en")),
                blankToNull(file.text(prefix + ".fr")));
        String statement = file.kind().intangible() ? "safeguarding.viability" : "justification.statement";
        LocalizedText justification = new LocalizedText(blankToNull(file.text(statement + ".ar")),
                blankToNull(file.text(statement + ".en")), blankToNull(file.text(statement + ".fr")));
        List<String> criteria = file.text("justification.criteria").isBlank() ? List.of()
                : List.of(file.text("justification.criteria").split(","));
        List<NominationInscribed.Part> parts = file.components().stream()
                .map(p -> new NominationInscribed.Part(p.name(), p.latitude(), p.longitude(), p.coreHectares())).toList();
        Double latitude = file.latitude();
        Double longitude = file.longitude();
        if (latitude == null && !parts.isEmpty()) {
            latitude = parts.get(0).latitude();
            longitude = parts.get(0).longitude();
        }
        return new NominationInscribed(file.reference(), decision.reference(), decision.decidedOn(), file.kind(), file.name(),
                description, justification, file.allStates(), criteria, latitude, longitude, file.coreHectares(), parts,
                decision.decidedBy());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // --- who may do what ---------------------------------------------------------------------

    private NominationFile visible(Actor actor, UUID id) {
        return files.findById(id).filter(file -> canSee(actor, file)).orElseThrow(() -> new NotFoundException("nomination"));
    }

    /** The file, if the person may read its dossier; refused (403) to an expert who has not declared their interests. */
    private NominationFile readable(Actor actor, UUID id) {
        NominationFile file = visible(actor, id);
        if (!canRead(actor, file)) {
            throw new NotAllowedException();
        }
        return file;
    }

    /**
     * Whether the person may read the dossier: whoever may see the file, except that an expert who
     * sees it only as its evaluator must first declare their interests ("before reading").
     */
    public boolean canRead(Actor actor, NominationFile file) {
        if (!canSee(actor, file)) {
            return false;
        }
        Optional<Evaluation> assignment = file.evaluation(actor.email()).filter(Evaluation::active);
        if (assignment.isEmpty() || assignment.get().declared()) {
            return true;
        }
        // an undeclared expert who also sees the file on other grounds (say, as the secretariat) reads it on those
        return actor.hasAny(Role.SECRETARIAT) || (actor.hasAny(Role.FOCAL_POINT) && actor.actsForAny(file.allStates()))
                || (actor.hasAny(Role.ADMIN) && file.versions() > 0);
    }

    /**
     * Who may read a file: its states' focal points; the secretariat (drafts too: it grants extensions
     * and advises states before they submit); its active experts; the members of its session.
     */
    public boolean canSee(Actor actor, NominationFile file) {
        if (actor.hasAny(Role.FOCAL_POINT) && actor.actsForAny(file.allStates())) {
            return true;
        }
        if (actor.hasAny(Role.SECRETARIAT)) {
            return true;
        }
        if (actor.hasAny(Role.ADMIN) && file.versions() > 0) {
            return true;
        }
        if (actor.hasAny(Role.EVALUATOR) && file.evaluation(actor.email()).filter(Evaluation::active).isPresent()) {
            return true;
        }
        return actor.hasAny(Role.COMMITTEE_MEMBER) && file.sessionId() != null
                && sessions.findById(file.sessionId()).map(s -> s.hasMember(actor.email())).orElse(false);
    }

    private boolean canEdit(Actor actor, NominationFile file) {
        return file.status().editable() && canEditAsState(actor, file);
    }

    private static boolean canEditAsState(Actor actor, NominationFile file) {
        return actor.hasAny(Role.FOCAL_POINT) && actor.actsForAny(file.allStates());
    }

    private void guard(Actor actor, NominationFile file, NominationCommand command) {
        if (!may(actor, file, command)) {
            throw new NotAllowedException();
        }
        if (!command.startsFrom(file.status())) {
            throw new Refusal("nominations", "state", command, file.status());
        }
    }

    /** Whether the person may give {@code command} to this file, whatever its status. */
    private boolean may(Actor actor, NominationFile file, NominationCommand command) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(actor.roles());
        roles.retainAll(command.roles());
        for (Role role : roles) {
            boolean allowed = switch (role) {
                case FOCAL_POINT -> actor.actsForAny(file.allStates());
                case SECRETARIAT -> true;
                case EVALUATOR -> file.evaluation(actor.email()).filter(Evaluation::active).isPresent();
                case COMMITTEE_MEMBER -> file.sessionId() != null
                        && sessions.findById(file.sessionId()).map(s -> s.hasMember(actor.email())).orElse(false);
                default -> false;
            };
            if (allowed) {
                return true;
            }
        }
        return false;
    }

    private Set<NominationCommand> commands(Actor actor, NominationFile file) {
        Set<NominationCommand> allowed = EnumSet.noneOf(NominationCommand.class);
        for (NominationCommand command : NominationCommand.values()) {
            if (command.startsFrom(file.status()) && may(actor, file, command)) {
                allowed.add(command);
            }
        }
        return allowed;
    }

    // --- statistics --------------------------------------------------------------------------

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

    // --- reminders ---------------------------------------------------------------------------

    /**
     * Reminds the states of the submission deadline {@code reminderDays} before it (once per file and
     * cycle), and experts of their due date before it and once more when it has passed. Returns how
     * many reminders were queued.
     */
    public int sendReminders() {
        return sendReminders(today());
    }

    /** The reminders as they stand on {@code today}. */
    public int sendReminders(LocalDate today) {
        int sent = 0;
        for (int year : new int[]{today.getYear(), today.getYear() + 1}) {
            LocalDate due = cycle.filesDue(year);
            if (today.isAfter(due) || today.plusDays(cycle.reminderDays()).isBefore(due)) {
                continue;
            }
            List<NominationFile> batch;
            do {
                batch = files.toRemindOfDeadline(year, Limit.of(200));
                for (NominationFile file : batch) {
                    LocalDate fileDue = file.extendedUntil() != null ? file.extendedUntil() : due;
                    tellState(file, "deadline", fileDue.toString());
                    file.remindedOfDeadline(year);
                    sent++;
                }
                files.flush();
            } while (batch.size() == 200);
        }
        Instant now = clock.instant();
        for (NominationFile file : files.withEvaluationsDueBy(today.plusDays(cycle.reminderDays()), Limit.of(500))) {
            for (Evaluation evaluation : file.evaluations()) {
                if (evaluation.done() || !evaluation.active() || evaluation.dueOn().isAfter(today.plusDays(cycle.reminderDays()))) {
                    continue;
                }
                boolean overdue = evaluation.dueOn().isBefore(today);
                Instant dueEnd = evaluation.dueOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                boolean remindedSinceDue = evaluation.remindedAt() != null && !evaluation.remindedAt().isBefore(dueEnd);
                if (evaluation.remindedAt() == null || (overdue && !remindedSinceDue)) {
                    tell(evaluation.evaluator(), overdue ? "evaluation-overdue" : "evaluation-due", file,
                            displayName(file, evaluation.evaluator()), evaluation.dueOn().toString());
                    evaluation.reminded(now);
                    sent++;
                }
            }
        }
        return sent;
    }

    // --- telling people ----------------------------------------------------------------------

    private void tellState(NominationFile file, String kind, String detail) {
        Set<String> told = new java.util.HashSet<>();
        for (var step : file.steps()) {
            if (step.command() == NominationCommand.SUBMIT && told.add(step.actor())) {
                tell(step.actor(), kind, file, displayName(file, step.actor()), detail);
            }
        }
        if (told.add(file.createdBy())) {
            tell(file.createdBy(), kind, file, displayName(file, file.createdBy()), detail);
        }
    }

    private void tell(String to, String kind, NominationFile file, String name, String detail) {
        Language language = accounts.find(to).map(AccountView::language).orElse(Language.EN);
        Object[] arguments = {name, file.label(), file.name().resolve(language).map(l -> l.text()).orElse(""), detail, file.cycleYear()};
        // the subject names the file by its label ({1} in the body is {0} in the subject)
        Object[] subjectArguments = {file.label(), name, arguments[2], detail, file.cycleYear()};
        String subject = messages.getMessage("nominations.mail." + kind + ".subject", subjectArguments, language.locale());
        String body = messages.getMessage("nominations.mail." + kind + ".body", arguments, language.locale());
        mailer.queue(to, subject, body);
    }

    private String displayName(NominationFile file, String email) {
        return accounts.find(email).map(AccountView::displayName).orElse(email);
    }
}
