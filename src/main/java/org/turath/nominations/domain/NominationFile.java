package org.turath.nominations.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationKind;
import org.turath.nominations.NominationStatus;
import org.turath.nominations.Outcome;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A nomination file: what a member state (with its co-submitting states, for a transnational
 * property) proposes for the List, its dossier, and its way through the yearly cycle. Every change
 * of status goes through a named command and leaves a {@link Step} on the timeline; who may give
 * which command is the desk's business, what may follow what is this class's.
 */
@Entity
@Table(name = "nomination_file")
public class NominationFile extends Recorded {

    private String reference;
    @Column(name = "state_code")
    private String state;
    @ElementCollection
    @CollectionTable(name = "nomination_co_state", joinColumns = @JoinColumn(name = "file_id"))
    @Column(name = "state_code")
    @org.hibernate.annotations.BatchSize(size = 64)
    private Set<String> coStates = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    private NominationKind kind;
    private boolean serial;
    /** The property as a whole: its name, place, areas and zones, in the columns a component has too. */
    @Embedded
    private Part place;
    @Column(name = "cycle_year")
    private int cycleYear;
    @Column(name = "extended_until")
    private LocalDate extendedUntil;
    @Enumerated(EnumType.STRING)
    private NominationStatus status;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private int versions;
    @Column(name = "session_id")
    private UUID sessionId;
    @ElementCollection
    @CollectionTable(name = "nomination_text", joinColumns = @JoinColumn(name = "file_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "text")
    private Map<String, String> texts = new HashMap<>();
    @ElementCollection
    @CollectionTable(name = "nomination_component", joinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "position")
    private List<Part> components = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "nomination_step", joinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "position")
    private List<Step> steps = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "nomination_comment", joinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "position")
    private List<SectionComment> comments = new ArrayList<>();
    @OneToMany(mappedBy = "file", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("assignedAt")
    private List<Evaluation> evaluations = new ArrayList<>();
    @Column(name = "preliminary_entry_id")
    private UUID preliminaryEntry;
    @Column(name = "reminded_cycle")
    private Integer remindedCycle;
    @Column(name = "updated_by")
    private String updatedBy;

    protected NominationFile() {
    }

    public NominationFile(String state, Set<String> coStates, NominationKind kind, boolean serial, LocalizedText name,
                          int cycleYear, String by, Instant at) {
        super(by, at);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A nomination needs a name in at least one language");
        }
        this.state = state;
        this.coStates = new LinkedHashSet<>(coStates);
        this.coStates.remove(state);
        this.kind = kind;
        this.serial = serial;
        this.place = new Part(name, null, null, null, null);
        this.cycleYear = cycleYear;
        this.status = NominationStatus.DRAFT;
        touched(by, at);
    }

    // --- the dossier -------------------------------------------------------------------------

    /** Changes the identification of the property; only while the state is working on the file. */
    public void identify(LocalizedText newName, Set<String> newCoStates, boolean isSerial, Double lat, Double lon,
                         BigDecimal core, BigDecimal buffer, String by, Instant at) {
        requireEditable();
        if (newName.isEmpty()) {
            throw new IllegalArgumentException("A nomination needs a name in at least one language");
        }
        this.place = new Part(newName, lat, lon, core, buffer).withZonesOf(place());
        this.coStates = new LinkedHashSet<>(newCoStates);
        this.coStates.remove(state);
        this.serial = isSerial;
        touched(by, at);
    }

    /**
     * Replaces one section's fields with {@code values} (field key, with {@code .ar}/{@code .en}/{@code .fr}
     * for three-language fields → text); a field left out or blank is emptied.
     */
    public void fill(String section, Map<String, String> values, String by, Instant at) {
        requireEditable();
        DossierForm.Section form = DossierForm.section(kind, section)
                .orElseThrow(() -> new IllegalArgumentException("No section " + section));
        texts.keySet().removeIf(key -> belongsTo(form, key));
        values.forEach((key, value) -> {
            if (!belongsTo(form, key)) {
                throw new IllegalArgumentException("No field " + key + " in section " + section);
            }
            if (value != null && !value.isBlank()) {
                texts.put(key, value);
            }
        });
        touched(by, at);
    }

    private static boolean belongsTo(DossierForm.Section section, String key) {
        return section.fields().stream().anyMatch(field -> key.equals(section.key() + "." + field.key())
                || key.startsWith(section.key() + "." + field.key() + "."));
    }

    /** The components as the form gives them; each keeps the zones uploaded for the component in its place. */
    public void replaceComponents(List<Part> parts, String by, Instant at) {
        requireEditable();
        List<Part> kept = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            kept.add(i < components.size() ? parts.get(i).withZonesOf(components.get(i)) : parts.get(i));
        }
        this.components = kept;
        touched(by, at);
    }

    /**
     * Sets (or, with null, removes) a zone: of the property when {@code component} is 0, else of
     * that component (1 for the first).
     */
    public void zone(int component, boolean core, String geoJson, String by, Instant at) {
        requireEditable();
        if (component == 0) {
            place = place().withZone(core, geoJson);
        } else if (component <= components.size()) {
            List<Part> parts = new ArrayList<>(components);
            parts.set(component - 1, parts.get(component - 1).withZone(core, geoJson));
            components = parts;
        } else {
            throw new IllegalArgumentException("No component " + component);
        }
        touched(by, at);
    }

    /** The property as a whole: name, place, areas and zones (a serial property's parts are {@link #components()}). */
    public Part place() {
        return place == null ? new Part(LocalizedText.empty(), null, null, null, null) : place;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new NominationStateException(null, status);
        }
    }

    // --- the commands ------------------------------------------------------------------------

    /**
     * Freezes what is submitted as the next version; the reference is given at the first submission
     * ({@code newReference} is asked for only then).
     */
    public NominationVersion submit(java.util.function.Supplier<String> newReference, Map<String, String> attachments,
                                    String by, Instant at) {
        NominationStatus from = require(NominationCommand.SUBMIT);
        if (reference == null) {
            reference = newReference.get();
        }
        versions++;
        move(NominationCommand.SUBMIT, from, NominationStatus.SUBMITTED, by, at, null);
        Map<String, String> frozen = NominationVersion.frozen(this);
        frozen.putAll(attachments);
        return new NominationVersion(uuid(), versions, by, at, frozen);
    }

    public void rollOver(String by, Instant at) {
        NominationStatus from = require(NominationCommand.ROLL_OVER);
        cycleYear++;
        extendedUntil = null;
        move(NominationCommand.ROLL_OVER, from, from, by, at, String.valueOf(cycleYear));
    }

    public void extend(LocalDate until, String by, Instant at) {
        NominationStatus from = require(NominationCommand.EXTEND);
        extendedUntil = until;
        move(NominationCommand.EXTEND, from, from, by, at, until.toString());
    }

    /** Back to the state, with what to fix per section (section key → comment). */
    public void returnToState(Map<String, String> sectionComments, String summary, String by, Instant at) {
        NominationStatus from = require(NominationCommand.RETURN);
        sectionComments.forEach((section, text) -> comments.add(new SectionComment(versions, section, text, by, at)));
        move(NominationCommand.RETURN, from, NominationStatus.RETURNED, by, at, summary);
    }

    public void accept(String comment, String by, Instant at) {
        NominationStatus from = require(NominationCommand.ACCEPT);
        move(NominationCommand.ACCEPT, from, NominationStatus.COMPLETE, by, at, comment);
    }

    /** Assigns experts not yet assigned; returns those newly assigned. */
    public List<Evaluation> assign(List<String> evaluators, LocalDate dueOn, String by, Instant at) {
        NominationStatus from = require(NominationCommand.ASSIGN);
        List<Evaluation> added = new ArrayList<>();
        for (String evaluator : evaluators) {
            if (evaluation(evaluator).isEmpty()) {
                Evaluation evaluation = new Evaluation(this, evaluator, by, at, dueOn);
                evaluations.add(evaluation);
                added.add(evaluation);
            }
        }
        move(NominationCommand.ASSIGN, from, NominationStatus.UNDER_EVALUATION, by, at, String.join(", ", evaluators));
        return added;
    }

    /** An assigned expert's declaration of interests; a conflict ends their assignment. */
    public void declare(String evaluator, boolean conflicted, String text, Instant at) {
        require(NominationCommand.EVALUATE);
        Evaluation evaluation = evaluation(evaluator).filter(Evaluation::active)
                .orElseThrow(() -> new IllegalArgumentException("Not assigned"));
        if (evaluation.declared()) {
            throw new NominationStateException(NominationCommand.EVALUATE, status);
        }
        evaluation.declare(conflicted, text, at);
        changed(at);
    }

    /** An expert's evaluation; the file is evaluated once every active assignment has one. */
    public void evaluate(String evaluator, List<String> criteriaMet, String assessment, Outcome recommendation, Instant at) {
        NominationStatus from = require(NominationCommand.EVALUATE);
        Evaluation evaluation = evaluation(evaluator).filter(Evaluation::active)
                .orElseThrow(() -> new IllegalArgumentException("Not assigned"));
        if (!evaluation.declared() || evaluation.done()) {
            throw new NominationStateException(NominationCommand.EVALUATE, status);
        }
        evaluation.record(criteriaMet, assessment, recommendation, at);
        List<Evaluation> active = evaluations.stream().filter(Evaluation::active).toList();
        if (active.stream().allMatch(Evaluation::done)) {
            move(NominationCommand.EVALUATE, from, NominationStatus.EVALUATED, evaluator, at, null);
        } else {
            touched(evaluator, at);
        }
    }

    public void schedule(CommitteeSession session, String by, Instant at) {
        NominationStatus from = require(NominationCommand.SCHEDULE);
        this.sessionId = session.id().value();
        move(NominationCommand.SCHEDULE, from, NominationStatus.SCHEDULED, by, at,
                "IWHC/%d.%d".formatted(session.year(), session.number()));
    }

    /**
     * The Committee's decision in the session the file is scheduled for. Referred and deferred files
     * go back to the state as drafts for the next cycle.
     */
    public Decision decide(CommitteeSession session, Outcome decided, LocalDate on, LocalizedText text, String by, Instant at) {
        NominationStatus from = require(NominationCommand.DECIDE);
        if (!session.id().value().equals(sessionId)) {
            throw new NominationStateException(NominationCommand.DECIDE, status);
        }
        Decision decision = new Decision(session, uuid(), decided, on, by, text);
        this.outcome = decided;
        move(NominationCommand.DECIDE, from, NominationStatus.DECIDED, by, at, decision.reference() + " " + decided);
        if (decided.reopens()) {
            sessionId = null;
            cycleYear = Math.max(cycleYear, on.getYear()) + 1;
            evaluations.clear();
            steps.add(new Step(NominationCommand.DECIDE, NominationStatus.DECIDED, NominationStatus.DRAFT, by, at, decided.name()));
            status = NominationStatus.DRAFT;
        }
        return decision;
    }

    public void withdraw(String reason, String by, Instant at) {
        NominationStatus from = require(NominationCommand.WITHDRAW);
        move(NominationCommand.WITHDRAW, from, NominationStatus.WITHDRAWN, by, at, reason);
    }

    private NominationStatus require(NominationCommand command) {
        if (!command.startsFrom(status)) {
            throw new NominationStateException(command, status);
        }
        return status;
    }

    private void move(NominationCommand command, NominationStatus from, NominationStatus to, String by, Instant at, String comment) {
        steps.add(new Step(command, from, to, by, at, comment));
        status = to;
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        updatedBy = by;
        changed(at);
    }

    /** The entry of the state's preliminary list the file nominates. */
    public void nominates(PreliminaryEntry entry) {
        this.preliminaryEntry = entry.id();
    }

    public UUID preliminaryEntry() {
        return preliminaryEntry;
    }

    /** The state was reminded of this cycle's submission deadline (not a change of the dossier: no step, no new "updated"). */
    public void remindedOfDeadline(int year) {
        this.remindedCycle = year;
    }

    // --- reading -----------------------------------------------------------------------------

    /** All states the file is for: the submitting state first, then the co-submitting ones. */
    public List<String> allStates() {
        List<String> all = new ArrayList<>();
        all.add(state);
        all.addAll(coStates);
        return all;
    }

    public Optional<Evaluation> evaluation(String evaluator) {
        return evaluations.stream().filter(e -> e.evaluator().equalsIgnoreCase(evaluator)).findFirst();
    }

    public String text(String key) {
        return texts.getOrDefault(key, "");
    }

    public Map<String, String> texts() {
        return Map.copyOf(texts);
    }

    /** The comments on the latest returned version, by section. */
    public Map<String, List<SectionComment>> openComments() {
        return status == NominationStatus.RETURNED ? SectionComment.bySection(comments, versions) : Map.of();
    }

    public List<SectionComment> comments() {
        return List.copyOf(comments);
    }

    public org.turath.nominations.NominationFileId id() {
        return new org.turath.nominations.NominationFileId(uuid());
    }

    public String reference() {
        return reference;
    }

    /** The reference once submitted, else a short form of the id (for drafts). */
    public String label() {
        return reference != null ? reference : "draft-" + uuid().toString().substring(0, 8);
    }

    public String state() {
        return state;
    }

    public Set<String> coStates() {
        return Set.copyOf(coStates);
    }

    public NominationKind kind() {
        return kind;
    }

    public boolean serial() {
        return serial;
    }

    public LocalizedText name() {
        return place().name();
    }

    public int cycleYear() {
        return cycleYear;
    }

    public LocalDate extendedUntil() {
        return extendedUntil;
    }

    public NominationStatus status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }

    public int versions() {
        return versions;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public List<Part> components() {
        return List.copyOf(components);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<Evaluation> evaluations() {
        return List.copyOf(evaluations);
    }



    public String updatedBy() {
        return updatedBy;
    }



    @Override
    public boolean equals(Object other) {
        return other instanceof NominationFile file && Objects.equals(uuid(), file.uuid());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(uuid());
    }
}
