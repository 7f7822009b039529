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
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationFileId;
import org.turath.nominations.NominationKind;
import org.turath.nominations.NominationStatus;
import org.turath.nominations.domain.Completeness;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationFiles;
import org.turath.nominations.domain.NominationVersion;
import org.turath.nominations.domain.NominationVersions;
import org.turath.nominations.domain.Part;
import org.turath.shared.KeysetCursor;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotAllowedException;
import org.turath.shared.Slice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A nomination file's life in the hands of its state: begun (for an entry of the preliminary list),
 * identified and written section by section, its zones drawn, submitted as a numbered version with
 * a reference, rolled over or withdrawn; and the files each person works on. Who may do what is
 * {@link NominationAccess}'s; the documents, the review, the Committee, the figures and the
 * reminders have classes of their own.
 */
@Service
@Transactional
public class NominationDesk {

    private final NominationFiles files;
    private final org.turath.nominations.domain.PreliminaryEntries preliminary;
    private final NominationVersions versions;
    private final NominationCycle cycle;
    private final NominationAccess access;
    private final DossierDocuments documents;
    private final AuditLog audit;
    private final NominationMail mail;
    private final JdbcTemplate jdbc;
    private final tools.jackson.databind.json.JsonMapper json;
    private final org.turath.submissions.FormSubmissions submissions;
    private final NominationClock clock;

    NominationDesk(NominationFiles files, org.turath.nominations.domain.PreliminaryEntries preliminary,
                   NominationVersions versions, NominationCycle cycle, NominationAccess access,
                   DossierDocuments documents, AuditLog audit, NominationMail mail, JdbcTemplate jdbc,
                   tools.jackson.databind.json.JsonMapper json, org.turath.submissions.FormSubmissions submissions,
                   NominationClock clock) {
        this.files = files;
        this.preliminary = preliminary;
        this.versions = versions;
        this.cycle = cycle;
        this.access = access;
        this.documents = documents;
        this.audit = audit;
        this.mail = mail;
        this.jdbc = jdbc;
        this.json = json;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * A file as one person sees it, with the commands they may give now; {@code readable}: whether the person
     * may read the dossier itself (an expert only after declaring their interests).
     */
    public record View(NominationFile file, Set<NominationCommand> commands, boolean canEdit, Completeness completeness,
                       boolean readable) {
    }

    public record Submitted(String reference, int version, boolean already) {
    }

    // --- reading -----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public View open(Actor actor, NominationFileId id) {
        NominationFile file = access.visible(actor, id);
        // the page reads the file after the transaction: load all it shows
        file.evaluations();
        file.steps();
        file.texts();
        file.components();
        file.coStates();
        file.comments();
        return new View(file, access.commands(actor, file), access.canEdit(actor, file), Completeness.of(file, documents.attachedKinds(id)),
                access.canRead(actor, file));
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
    public Optional<NominationVersion> version(Actor actor, NominationFileId id, int number) {
        access.readable(actor, id);
        return versions.findByFileIdAndNumber(id.value(), number).map(v -> {
            v.texts();
            return v;
        });
    }

    public NominationCycle cycle() {
        return cycle;
    }

    public LocalDate today() {
        return clock.today();
    }

    // --- the state's work on its dossier -----------------------------------------------------

    public NominationFileId create(Actor actor, Optional<String> submission, String state, Set<String> coStates, NominationKind kind,
                       boolean serial, LocalizedText name) {
        return create(actor, submission, state, coStates, kind, serial, name, Optional.empty());
    }

    /** Begins a file, for an entry of the state's preliminary list if one is given (required when configuration says so). */
    public NominationFileId create(Actor actor, Optional<String> submission, String state, Set<String> coStates, NominationKind kind,
                       boolean serial, LocalizedText name, Optional<UUID> preliminaryEntry) {
        if (!actor.hasAny(Role.FOCAL_POINT) || !actor.states().contains(state)) {
            throw new NotAllowedException();
        }
        Optional<NominationFileId> earlier = submission.flatMap(this::submitted);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        int year = cycle.cycleFor(clock.today());
        Optional<org.turath.nominations.domain.PreliminaryEntry> entry = preliminaryEntry.flatMap(preliminary::findById);
        if (preliminaryEntry.isPresent() && entry.isEmpty()) {
            throw new Refusal("nominations", "preliminary-entry");
        }
        cycle.checkPreliminaryList(entry, state, year);
        Instant now = clock.now();
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
    public void zone(Actor actor, NominationFileId id, int component, boolean core, byte[] content) {
        NominationFile file = access.visible(actor, id);
        access.requireEditable(actor, file);
        if (component < 0 || component > file.components().size()) {
            throw new Refusal("nominations", "zone-target");
        }
        String geoJson = content == null ? null : org.turath.nominations.domain.ZoneGeometry.normalise(content, json);
        file.zone(component, core, geoJson, actor.email(), clock.now());
        audit.record(AuditType.NOMINATION, file.label(), (geoJson == null ? "ZONE REMOVED " : "ZONE ")
                + (core ? "core" : "buffer") + (component == 0 ? "" : " of component " + component));
    }

    /** The file an earlier handling of the same create form made, if any (a double click). */
    @Transactional(readOnly = true)
    public Optional<NominationFileId> submitted(String submission) {
        return submissions.resultOf(submission).map(text -> new NominationFileId(UUID.fromString(text)));
    }

    /**
     * Saves the identification section (the property, its place and components, and the section's
     * fields); refuses (without saving) when someone saved since {@code expectedVersion}.
     */
    public void identify(Actor actor, NominationFileId id, long expectedVersion, LocalizedText name, Set<String> coStates, boolean serial,
                         Double latitude, Double longitude, BigDecimal core, BigDecimal buffer, List<Part> components,
                         Map<String, String> values) {
        NominationFile file = access.editable(actor, id, expectedVersion);
        Instant now = clock.now();
        file.identify(name, coStates, serial, latitude, longitude, core, buffer, actor.email(), now);
        file.replaceComponents(serial ? components : List.of(), actor.email(), now);
        file.fill("identification", values, actor.email(), now);
    }

    public void fill(Actor actor, NominationFileId id, long expectedVersion, String section, Map<String, String> values) {
        NominationFile file = access.editable(actor, id, expectedVersion);
        file.fill(section, values, actor.email(), clock.now());
    }

    /**
     * Sends the dossier to the secretariat: complete, in time (or within an extension), frozen as the
     * next version, with a reference and a receipt by mail. A second submit of the same file is harmless.
     */
    public Submitted submit(Actor actor, NominationFileId id) {
        NominationFile file = access.visible(actor, id);
        if (file.status() == NominationStatus.SUBMITTED && access.canEditAsState(actor, file)) {
            return new Submitted(file.reference(), file.versions(), true);
        }
        access.guard(actor, file, NominationCommand.SUBMIT);
        LocalDate today = clock.today();
        LocalDate due = cycle.filesDue(file.cycleYear());
        if (today.isAfter(due) && (file.extendedUntil() == null || today.isAfter(file.extendedUntil()))) {
            throw new Refusal("nominations", "late", file.cycleYear(), due, file.cycleYear() + 1);
        }
        Completeness completeness = Completeness.of(file, documents.attachedKinds(id));
        if (!completeness.complete()) {
            throw new IncompleteDossierException(completeness.missing());
        }
        Map<String, String> documents = this.documents.listing(id);
        NominationVersion version = file.submit(() -> nextReference(file.cycleYear()), documents, actor.email(), clock.now());
        versions.save(version);
        audit.record(AuditType.NOMINATION, file.reference(), "SUBMIT v" + version.number());
        String name = mail.displayName(file, actor.email());
        mail.tell(actor.email(), "submitted", file, name, String.valueOf(version.number()));
        return new Submitted(file.reference(), version.number(), false);
    }

    private String nextReference(int year) {
        int updated = jdbc.update("update nomination_counter set last_number = last_number + 1 where counter_year = ?", year);
        if (updated == 0) {
            jdbc.update("insert into nomination_counter (counter_year, last_number) values (?, 1)", year);
        }
        Integer last = jdbc.queryForObject("select last_number from nomination_counter where counter_year = ?", Integer.class, year);
        return "IWHN-%d-%03d".formatted(year, last);
    }

    public void rollOver(Actor actor, NominationFileId id) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.ROLL_OVER);
        file.rollOver(actor.email(), clock.now());
        audit.record(AuditType.NOMINATION, file.label(), "ROLL_OVER " + file.cycleYear());
    }

    public void withdraw(Actor actor, NominationFileId id, String reason) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.WITHDRAW);
        file.withdraw(reason, actor.email(), clock.now());
        audit.record(AuditType.NOMINATION, file.label(), "WITHDRAW");
    }
}
