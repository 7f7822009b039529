package org.turath.exhibitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/** A museum of the directory where an exhibition is shown, from its opening day to its closing day (both included). */
@Entity
@Audited
@Table(name = "exhibition_venue")
public class ExhibitionVenue {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "exhibition_id")
    private Exhibition exhibition;
    @Column(name = "museum_id")
    private UUID museumId;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;

    protected ExhibitionVenue() {
    }

    ExhibitionVenue(Exhibition exhibition, UUID museumId, LocalDate opensOn, LocalDate closesOn) {
        this.id = UUID.randomUUID();
        this.exhibition = exhibition;
        this.museumId = museumId;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    public UUID id() {
        return id;
    }

    public UUID museumId() {
        return museumId;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    /** Whether the days {@code from}–{@code to} overlap this venue's. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !closesOn.isBefore(from) && !opensOn.isAfter(to);
    }
}
