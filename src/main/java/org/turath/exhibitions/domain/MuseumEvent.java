package org.turath.exhibitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.turath.exhibitions.MuseumEventKind;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A workshop, a talk or a guided visit at a museum of the directory — for one of its exhibitions or not — from an hour
 * to an hour of the museum's own time zone (kept as instants, so every reader's calendar places it right). Each saved
 * version is kept (Envers).
 */
@Entity
@Table(name = "museum_event")
@Audited
public class MuseumEvent extends Recorded {

    /** What an event's form gives: its times as the museum's clocks read them. */
    public record Details(UUID museumId, UUID exhibitionId, MuseumEventKind kind, LocalizedText title, LocalizedText description,
                          LocalDateTime starts, LocalDateTime ends, ZoneId zone, boolean demonstration) {
    }

    @Column(name = "museum_id")
    private UUID museumId;
    @Column(name = "exhibition_id")
    private UUID exhibitionId;
    @Enumerated(EnumType.STRING)
    private MuseumEventKind kind;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText description;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "time_zone")
    private String timeZone;
    private boolean demonstration;
    private boolean published;

    protected MuseumEvent() {
    }

    public MuseumEvent(Details details, String by, Instant at) {
        super(by, at);
        apply(details, at);
    }

    public void apply(Details details, Instant at) {
        this.museumId = details.museumId();
        this.exhibitionId = details.exhibitionId();
        this.kind = details.kind();
        this.title = details.title();
        this.description = details.description();
        this.timeZone = details.zone().getId();
        this.startsAt = details.starts().atZone(details.zone()).toInstant();
        this.endsAt = details.ends().atZone(details.zone()).toInstant();
        this.demonstration = details.demonstration();
        changed(at);
    }

    public void publish(boolean shown, Instant at) {
        this.published = shown;
        changed(at);
    }

    public org.turath.exhibitions.MuseumEventId id() {
        return new org.turath.exhibitions.MuseumEventId(uuid());
    }

    public Details details() {
        ZoneId zone = zone();
        return new Details(museumId, exhibitionId, kind, title(), description(), LocalDateTime.ofInstant(startsAt, zone),
                LocalDateTime.ofInstant(endsAt, zone), zone, demonstration);
    }

    public UUID museumId() {
        return museumId;
    }

    public UUID exhibitionId() {
        return exhibitionId;
    }

    public MuseumEventKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText description() {
        return LocalizedText.orEmpty(description);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean demonstration() {
        return demonstration;
    }

    public boolean published() {
        return published;
    }
}
