package org.turath.collections.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.turath.collections.CollectionObjectId;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NameCollator;
import org.turath.shared.Recorded;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An object of a museum's collection, described on the Object ID standard — type of object, materials and techniques,
 * measurements, inscriptions and markings, distinguishing features, title, subject, date or period, maker — with the
 * museum's inventory number, where it comes from, how it came to the museum and what it relates to. Texts are in three
 * languages; an inscription is kept as written, in its own language (and so its own direction). Each saved version is
 * kept (Envers).
 */
@Entity
@Table(name = "collection_object")
@Audited
public class CollectionObject extends Recorded {

    /** The most heritage items, and the most other objects, one object names. */
    public static final int MAX_RELATED = 40;

    /** Size and weight, in centimetres and grams; each may be missing. */
    public record Measures(BigDecimal heightCm, BigDecimal widthCm, BigDecimal depthCm, BigDecimal diameterCm, BigDecimal weightG) {

        public static final Measures NONE = new Measures(null, null, null, null, null);

        public boolean isEmpty() {
            return heightCm == null && widthCm == null && depthCm == null && diameterCm == null && weightG == null;
        }
    }

    /** What an object's form gives (checked by the form and the desk). */
    public record Details(String reference, UUID museumId, String inventoryNumber, LocalizedText objectType, LocalizedText title,
                          LocalizedText materials, Measures measures, String inscription, String inscriptionLanguage,
                          LocalizedText inscriptionNote, LocalizedText features, LocalizedText subject, LocalizedText period,
                          Integer yearFrom, Integer yearTo, LocalizedText maker, LocalizedText origin,
                          LocalizedText description, LocalizedText provenance, boolean rightToLeft, String sources,
                          boolean demonstration, Set<String> heritage, Set<String> related) {

        public Details {
            heritage = Set.copyOf(heritage);
            related = Set.copyOf(related);
            measures = measures == null ? Measures.NONE : measures;
        }
    }

    private String reference;
    @Column(name = "museum_id")
    private UUID museumId;
    @Column(name = "inventory_number")
    private String inventoryNumber;
    @Embedded
    private LocalizedText objectType;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText materials;
    @Embedded
    private LocalizedText inscriptionNote;
    @Embedded
    private LocalizedText features;
    @Embedded
    private LocalizedText subject;
    @Embedded
    private LocalizedText period;
    @Embedded
    private LocalizedText maker;
    @Embedded
    private LocalizedText origin;
    @Embedded
    private LocalizedText description;
    @Embedded
    private LocalizedText provenance;
    @Column(name = "sort_key_ar")
    private String sortKeyAr;
    @Column(name = "sort_key_en")
    private String sortKeyEn;
    @Column(name = "sort_key_fr")
    private String sortKeyFr;
    @Column(name = "height_cm")
    private BigDecimal heightCm;
    @Column(name = "width_cm")
    private BigDecimal widthCm;
    @Column(name = "depth_cm")
    private BigDecimal depthCm;
    @Column(name = "diameter_cm")
    private BigDecimal diameterCm;
    @Column(name = "weight_g")
    private BigDecimal weightG;
    private String inscription;
    @Column(name = "inscription_lang")
    private String inscriptionLanguage;
    @Column(name = "year_from")
    private Integer yearFrom;
    @Column(name = "year_to")
    private Integer yearTo;
    @Column(name = "right_to_left")
    private boolean rightToLeft;
    private String sources;
    private boolean demonstration;
    private boolean published;
    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collection_object_heritage", joinColumns = @JoinColumn(name = "object_id"))
    @Column(name = "reference")
    @BatchSize(size = 50)
    private Set<String> heritage = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collection_object_related", joinColumns = @JoinColumn(name = "object_id"))
    @Column(name = "reference")
    @BatchSize(size = 50)
    private Set<String> related = new TreeSet<>();

    protected CollectionObject() {
    }

    public CollectionObject(Details details, String by, Instant at) {
        super(by, at);
        apply(details, at);
    }

    public void apply(Details details, Instant at) {
        this.reference = details.reference();
        this.museumId = details.museumId();
        this.inventoryNumber = details.inventoryNumber();
        this.objectType = details.objectType();
        this.title = details.title();
        this.materials = details.materials();
        this.heightCm = details.measures().heightCm();
        this.widthCm = details.measures().widthCm();
        this.depthCm = details.measures().depthCm();
        this.diameterCm = details.measures().diameterCm();
        this.weightG = details.measures().weightG();
        this.inscription = details.inscription();
        this.inscriptionLanguage = details.inscriptionLanguage();
        this.inscriptionNote = details.inscriptionNote();
        this.features = details.features();
        this.subject = details.subject();
        this.period = details.period();
        this.yearFrom = details.yearFrom();
        this.yearTo = details.yearTo();
        this.maker = details.maker();
        this.origin = details.origin();
        this.description = details.description();
        this.provenance = details.provenance();
        this.rightToLeft = details.rightToLeft();
        this.sources = details.sources();
        this.demonstration = details.demonstration();
        this.heritage.clear();
        this.heritage.addAll(details.heritage());
        this.related.clear();
        this.related.addAll(details.related());
        this.sortKeyAr = computeSortKey(Language.AR);
        this.sortKeyEn = computeSortKey(Language.EN);
        this.sortKeyFr = computeSortKey(Language.FR);
        changed(at);
    }

    private String computeSortKey(Language language) {
        return NameCollator.sortKey(title().resolve(language).map(org.turath.shared.Localized::text).orElse(""), language);
    }

    public void publish(boolean shown, Instant at) {
        if (shown && !published) {
            publishedAt = at;
        }
        this.published = shown;
        changed(at);
    }

    /** Marks the object changed (an image added or removed), so harvesters and caches see a new version. */
    public void touch(Instant at) {
        changed(at);
    }

    public CollectionObjectId id() {
        return new CollectionObjectId(uuid());
    }

    public Details details() {
        return new Details(reference, museumId, inventoryNumber, objectType(), title(), materials(), measures(), inscription,
                inscriptionLanguage, inscriptionNote(), features(), subject(), period(), yearFrom, yearTo, maker(), origin(),
                description(), provenance(), rightToLeft, sources, demonstration, heritage, related);
    }

    public String reference() {
        return reference;
    }

    public UUID museumId() {
        return museumId;
    }

    public String inventoryNumber() {
        return inventoryNumber;
    }

    public LocalizedText objectType() {
        return LocalizedText.orEmpty(objectType);
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText materials() {
        return LocalizedText.orEmpty(materials);
    }

    public LocalizedText inscriptionNote() {
        return LocalizedText.orEmpty(inscriptionNote);
    }

    public LocalizedText features() {
        return LocalizedText.orEmpty(features);
    }

    public LocalizedText subject() {
        return LocalizedText.orEmpty(subject);
    }

    public LocalizedText period() {
        return LocalizedText.orEmpty(period);
    }

    public LocalizedText maker() {
        return LocalizedText.orEmpty(maker);
    }

    public LocalizedText origin() {
        return LocalizedText.orEmpty(origin);
    }

    public LocalizedText description() {
        return LocalizedText.orEmpty(description);
    }

    public LocalizedText provenance() {
        return LocalizedText.orEmpty(provenance);
    }

    public Measures measures() {
        return new Measures(heightCm, widthCm, depthCm, diameterCm, weightG);
    }

    public String inscription() {
        return inscription;
    }

    /** The language tag the inscription is written in (ar, fa, ota, la…); null when there is none. */
    public String inscriptionLanguage() {
        return inscriptionLanguage;
    }

    public Integer yearFrom() {
        return yearFrom;
    }

    public Integer yearTo() {
        return yearTo;
    }

    /** Whether its pages turn right to left (a manuscript or book in an Arabic script): how a viewer orders its images. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    public String sources() {
        return sources;
    }

    /** Whether it is demonstration data, marked as such wherever it is shown. */
    public boolean demonstration() {
        return demonstration;
    }

    public Set<String> heritage() {
        return Set.copyOf(heritage);
    }

    public Set<String> related() {
        return Set.copyOf(related);
    }

    public String sortKey(Language language) {
        return switch (language) {
            case AR -> sortKeyAr;
            case EN -> sortKeyEn;
            case FR -> sortKeyFr;
        };
    }

    public boolean published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
