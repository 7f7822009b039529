package org.turath.registry.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.turath.registry.HeritageDetail;
import org.turath.registry.HeritageKind;
import org.turath.registry.HeritageStatus;
import org.turath.registry.PublicationState;
import org.turath.registry.PublicPosition;
import org.turath.registry.WorkflowException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.shared.NameCollator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A heritage item of the Islamic World Heritage List: a site, a serial or transnational property,
 * or an element of intangible heritage, with its dated status history. Known to the public by its
 * stable reference number (e.g. {@code IWH-0042}).
 */
@Entity
@Table(name = "heritage_item")
@Audited
public class HeritageItem {

    @Id
    private UUID id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private HeritageKind kind;
    @Enumerated(EnumType.STRING)
    private HeritageStatus status;

    @Embedded
    private LocalizedText name;
    @Embedded
    private RichText description;
    @Embedded
    private RichText justification;
    @Embedded
    private LocalizedText stateLabel;
    @Embedded
    private LocalizedText communities;
    @Embedded
    private LocalizedText safeguarding;

    /** ISO alpha-2 codes of the states, in the order the source gives them (transnational items have several). */
    @ElementCollection
    @CollectionTable(name = "heritage_item_state", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "iso2")
    @BatchSize(size = 100)
    private List<String> states = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "heritage_item_region", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "region_code")
    @BatchSize(size = 100)
    private Set<String> regions = new HashSet<>();

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "heritage_item_criterion", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "criterion_id"))
    @BatchSize(size = 100)
    private Set<Criterion> criteria = new HashSet<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<Component> components = new ArrayList<>();

    // the status history is itself append-only and dated; it needs no revisions of its own
    @NotAudited
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("effectiveDate, recordedAt")
    @BatchSize(size = 100)
    private List<StatusChange> statusHistory = new ArrayList<>();

    private Double latitude;
    private Double longitude;
    @Column(name = "area_hectares")
    private BigDecimal areaHectares;
    @Column(name = "inscription_year")
    private Integer inscriptionYear;
    @Column(name = "unesco_id_no")
    private Integer unescoIdNo;
    @Column(name = "unesco_rev_bis")
    private String unescoRevBis;

    // derived from the names; not part of the history
    @NotAudited
    @Column(name = "sort_key_ar")
    private String sortKeyAr;
    @NotAudited
    @Column(name = "sort_key_en")
    private String sortKeyEn;
    @NotAudited
    @Column(name = "sort_key_fr")
    private String sortKeyFr;

    /** A sensitive place: the public sees its position only roughly ({@link org.turath.registry.PublicPosition}). */
    private boolean sensitive;

    @Enumerated(EnumType.STRING)
    private PublicationState publication;
    @Column(name = "publication_changed_at")
    private Instant publicationChangedAt;
    @Column(name = "publication_changed_by")
    private String publicationChangedBy;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected HeritageItem() {
    }

    /** An item taken from a public source (the import): on the public List at once. */
    public HeritageItem(String reference, ItemContent content, Instant now) {
        this(reference, content, PublicationState.PUBLISHED, "import", now);
    }

    /** An item begun in the back office: a draft nobody outside sees until it is published. */
    public static HeritageItem draft(String reference, ItemContent content, String by, Instant now) {
        return new HeritageItem(reference, content, PublicationState.DRAFT, by, now);
    }

    private HeritageItem(String reference, ItemContent content, PublicationState publication, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.publication = publication;
        this.publicationChangedAt = now;
        this.publicationChangedBy = by;
        this.reference = reference;
        this.status = HeritageStatus.PRELIMINARY;
        this.communities = LocalizedText.empty();
        this.safeguarding = LocalizedText.empty();
        this.createdAt = now;
        this.updatedAt = now;
        apply(content);
    }

    /** Takes the new content; says whether anything differed, so an unchanged re-import writes nothing. */
    public boolean revise(ItemContent content, Instant now) {
        if (content().equals(content)) {
            return false;
        }
        apply(content);
        this.updatedAt = now;
        return true;
    }

    /** One step of the editorial workflow; a step the current state does not allow is a {@link WorkflowException}. */
    public void moveTo(PublicationState target, String by, Instant now) {
        if (!publication().next().contains(target)) {
            throw new WorkflowException(publication(), target);
        }
        this.publication = target;
        this.publicationChangedAt = now;
        this.publicationChangedBy = by;
        this.updatedAt = now;
    }

    /** Replaces the components of a serial property by {@code drafts}, in their order; says whether anything differed. */
    public boolean replaceComponents(List<ComponentDraft> drafts, Instant now) {
        List<ComponentDraft> current = components.stream()
                .map(Component::draft).toList();
        if (current.equals(drafts)) {
            return false;
        }
        components.clear();
        int position = 1;
        for (ComponentDraft draft : drafts) {
            components.add(new Component(this, position++, draft.name(), draft.latitude(), draft.longitude(), draft.areaHectares()));
        }
        this.updatedAt = now;
        return true;
    }

    /**
     * Records the entries of {@code timeline} the history does not hold yet and makes the latest
     * entry the current status. Says whether anything was added.
     */
    public boolean recordStatusHistory(List<StatusEntry> timeline, Instant now) {
        boolean added = false;
        int order = 0;
        for (StatusEntry entry : timeline) {
            if (statusHistory.stream().noneMatch(change -> change.records(entry))) {
                // entries of one call keep their order even when they share a date (a site inscribed
                // and put in danger the same year)
                statusHistory.add(new StatusChange(this, entry, now.plusMillis(order)));
                added = true;
            }
            order++;
        }
        HeritageStatus latest = statusHistory.stream()
                .max(Comparator.comparing(StatusChange::effectiveDate).thenComparing(StatusChange::recordedAt))
                .map(StatusChange::status)
                .orElse(status);
        if (latest != status) {
            status = latest;
            added = true;
        }
        if (added) {
            updatedAt = now;
        }
        return added;
    }

    /** Whether {@link #revise} or {@link #recordStatusHistory} would change anything; changes nothing itself. */
    public boolean wouldChange(ItemContent content, List<StatusEntry> timeline) {
        return !content().equals(content)
                || timeline.stream().anyMatch(entry -> statusHistory.stream().noneMatch(change -> change.records(entry)));
    }

    public boolean sensitive() {
        return sensitive;
    }

    /** Marks the place sensitive or not; its public position changes with it. */
    public void markSensitive(boolean sensitive, Instant now) {
        this.sensitive = sensitive;
        this.updatedAt = now;
    }

    /** The item as the public reads it: a sensitive place's position, and its components', rounded. */
    public HeritageDetail toDetail() {
        return new HeritageDetail(reference, kind, status, name(), description(), justification(), stateLabel(), states(),
                regions(), criteria().stream().map(Criterion::toInfo).toList(),
                components.stream().map(c -> new HeritageDetail.ComponentInfo(c.position(), c.name(),
                        PublicPosition.of(c.latitude(), sensitive), PublicPosition.of(c.longitude(), sensitive), c.areaHectares())).toList(),
                statusHistory().stream().sorted(Comparator.comparing(StatusChange::effectiveDate).thenComparing(StatusChange::recordedAt))
                        .map(h -> new HeritageDetail.StatusChangeInfo(h.status(), h.effectiveDate(), h.yearOnly(), h.reason(),
                                h.decisionRef())).toList(),
                PublicPosition.of(latitude, sensitive), PublicPosition.of(longitude, sensitive), areaHectares, inscriptionYear,
                communities(), safeguarding(), unescoIdNo, updatedAt, version, publication(), sensitive);
    }

    public ItemContent content() {
        return new ItemContent(kind, name(), description(), justification(), stateLabel(), states, regions, criteria,
                latitude, longitude, areaHectares, inscriptionYear, unescoIdNo, unescoRevBis);
    }

    private void apply(ItemContent content) {
        this.kind = content.kind();
        this.name = content.name();
        this.description = content.description();
        this.justification = content.justification();
        this.stateLabel = content.stateLabel();
        this.states.clear();
        this.states.addAll(content.states());
        this.regions.clear();
        this.regions.addAll(content.regions());
        this.criteria.clear();
        this.criteria.addAll(content.criteria());
        this.latitude = content.latitude();
        this.longitude = content.longitude();
        this.areaHectares = content.areaHectares();
        this.inscriptionYear = content.inscriptionYear();
        this.unescoIdNo = content.unescoIdNo();
        this.unescoRevBis = content.unescoRevBis();
        computeSortKeys();
    }

    private void computeSortKeys() {
        sortKeyAr = computeSortKey(Language.AR);
        sortKeyEn = computeSortKey(Language.EN);
        sortKeyFr = computeSortKey(Language.FR);
    }

    private String computeSortKey(Language language) {
        return NameCollator.sortKey(name.resolve(language).map(localized -> localized.text()).orElse(""), language);
    }

    /** The stored collation key of the name in {@code language}. */
    public String sortKey(Language language) {
        return switch (language) {
            case AR -> sortKeyAr;
            case EN -> sortKeyEn;
            case FR -> sortKeyFr;
        };
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public HeritageKind kind() {
        return kind;
    }

    public HeritageStatus status() {
        return status;
    }

    public LocalizedText name() {
        return LocalizedText.orEmpty(name);
    }

    public RichText description() {
        return RichText.orEmpty(description);
    }

    public RichText justification() {
        return RichText.orEmpty(justification);
    }

    public LocalizedText stateLabel() {
        return LocalizedText.orEmpty(stateLabel);
    }

    public LocalizedText communities() {
        return LocalizedText.orEmpty(communities);
    }

    public LocalizedText safeguarding() {
        return LocalizedText.orEmpty(safeguarding);
    }

    public List<String> states() {
        return List.copyOf(states);
    }

    public Set<String> regions() {
        return Set.copyOf(regions);
    }

    public List<Criterion> criteria() {
        return criteria.stream()
                .sorted(Comparator.comparing(Criterion::setCode).thenComparingInt(Criterion::position))
                .toList();
    }

    public List<Component> components() {
        return List.copyOf(components);
    }

    public List<StatusChange> statusHistory() {
        return List.copyOf(statusHistory);
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public BigDecimal areaHectares() {
        return areaHectares;
    }

    public Integer inscriptionYear() {
        return inscriptionYear;
    }

    public Integer unescoIdNo() {
        return unescoIdNo;
    }

    public String unescoRevBis() {
        return unescoRevBis;
    }

    public PublicationState publication() {
        return publication == null ? PublicationState.PUBLISHED : publication;
    }

    public Instant publicationChangedAt() {
        return publicationChangedAt;
    }

    public String publicationChangedBy() {
        return publicationChangedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeritageItem that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
