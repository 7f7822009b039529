package org.turath.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.turath.alerts.AlertEvent;
import org.turath.alerts.AlertStage;
import org.turath.alerts.AlertStatus;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An alert about a stolen, missing or looted object: the object in Object ID terms (type, materials, measurements,
 * inscription, distinguishing features, title, period), what happened to it, when and where, who reports it and the
 * police and INTERPOL references, the ICOM Red List category where one applies. Public once the secretariat has
 * verified it; each saved version is kept (Envers) and each step of its life in {@link AlertStep}.
 */
@Entity
@Table(name = "object_alert")
@Audited
public class ObjectAlert extends Recorded {

    /** What an alert's form gives (checked by the form and the desk). */
    public record Details(AlertEvent event, LocalDate eventDate, LocalizedText place, String state, UUID museumId, String reporter,
                          LocalizedText objectType, LocalizedText title, LocalizedText materials, LocalizedText period,
                          LocalizedText features, LocalizedText description, String inscription, BigDecimal heightCm,
                          BigDecimal widthCm, String policeReference, String interpolReference, String redList,
                          boolean demonstration) {
    }

    private String reference;
    @Enumerated(EnumType.STRING)
    private AlertEvent event;
    @Column(name = "event_date")
    private LocalDate eventDate;
    private String state;
    @Column(name = "museum_id")
    private UUID museumId;
    private String reporter;
    @Embedded
    private LocalizedText place;
    @Embedded
    private LocalizedText objectType;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText materials;
    @Embedded
    private LocalizedText period;
    @Embedded
    private LocalizedText features;
    @Embedded
    private LocalizedText description;
    private String inscription;
    @Column(name = "height_cm")
    private BigDecimal heightCm;
    @Column(name = "width_cm")
    private BigDecimal widthCm;
    @Column(name = "police_reference")
    private String policeReference;
    @Column(name = "interpol_reference")
    private String interpolReference;
    @Column(name = "red_list")
    private String redList;
    @Enumerated(EnumType.STRING)
    private AlertStatus status;
    @Enumerated(EnumType.STRING)
    private AlertStage stage;
    @Column(name = "review_note")
    private String reviewNote;
    private boolean demonstration;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected ObjectAlert() {
    }

    public ObjectAlert(String reference, Details details, String by, Instant at) {
        super(by, at);
        this.reference = reference;
        this.status = AlertStatus.ACTIVE;
        this.stage = AlertStage.DRAFT;
        apply(details, at);
    }

    public void apply(Details d, Instant at) {
        this.event = d.event();
        this.eventDate = d.eventDate();
        this.place = d.place();
        this.state = d.state();
        this.museumId = d.museumId();
        this.reporter = d.reporter();
        this.objectType = d.objectType();
        this.title = d.title();
        this.materials = d.materials();
        this.period = d.period();
        this.features = d.features();
        this.description = d.description();
        this.inscription = d.inscription();
        this.heightCm = d.heightCm();
        this.widthCm = d.widthCm();
        this.policeReference = d.policeReference();
        this.interpolReference = d.interpolReference();
        this.redList = d.redList();
        this.demonstration = d.demonstration();
        changed(at);
    }

    /** Moves the alert to {@code stage}; the first publication is the alert's date in public lists and feeds. */
    public void stage(AlertStage stage, String note, Instant at) {
        this.stage = stage;
        this.reviewNote = note;
        if (stage == AlertStage.PUBLISHED && publishedAt == null) {
            publishedAt = at;
        }
        changed(at);
    }

    public void status(AlertStatus status, Instant at) {
        this.status = status;
        changed(at);
    }

    public Details details() {
        return new Details(event, eventDate, place(), state, museumId, reporter, objectType(), title(), materials(), period(),
                features(), description(), inscription, heightCm, widthCm, policeReference, interpolReference, redList, demonstration);
    }

    /** Whether visitors see it: verified, and not withdrawn. */
    public boolean shown() {
        return stage == AlertStage.PUBLISHED && status != AlertStatus.WITHDRAWN;
    }

    public org.turath.alerts.AlertId id() {
        return new org.turath.alerts.AlertId(uuid());
    }

    public String reference() {
        return reference;
    }

    public AlertEvent event() {
        return event;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public String state() {
        return state;
    }

    public UUID museumId() {
        return museumId;
    }

    public String reporter() {
        return reporter;
    }

    public LocalizedText place() {
        return LocalizedText.orEmpty(place);
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

    public LocalizedText period() {
        return LocalizedText.orEmpty(period);
    }

    public LocalizedText features() {
        return LocalizedText.orEmpty(features);
    }

    public LocalizedText description() {
        return LocalizedText.orEmpty(description);
    }

    public String inscription() {
        return inscription;
    }

    public BigDecimal heightCm() {
        return heightCm;
    }

    public BigDecimal widthCm() {
        return widthCm;
    }

    public String policeReference() {
        return policeReference;
    }

    public String interpolReference() {
        return interpolReference;
    }

    public String redList() {
        return redList;
    }

    public AlertStatus status() {
        return status;
    }

    public AlertStage stage() {
        return stage;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public boolean demonstration() {
        return demonstration;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
