package org.turath.nominations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.nominations.NominationKind;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.UUID;

/** A property on a state's preliminary list: what it intends to nominate. Removed entries are kept, marked. */
@Entity
@Table(name = "preliminary_entry")
public class PreliminaryEntry {

    @Id
    private UUID id;
    @Column(name = "state_code")
    private String state;
    @Enumerated(EnumType.STRING)
    private NominationKind kind;
    @Embedded
    private LocalizedText name;
    @Column(name = "listed_on")
    private LocalDate listedOn;
    @Column(name = "listed_by")
    private String listedBy;
    @Column(name = "removed_on")
    private LocalDate removedOn;
    @Column(name = "removed_by")
    private String removedBy;

    protected PreliminaryEntry() {
    }

    public PreliminaryEntry(String state, NominationKind kind, LocalizedText name, LocalDate listedOn, String listedBy) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An entry needs a name in at least one language");
        }
        this.id = UUID.randomUUID();
        this.state = state;
        this.kind = kind;
        this.name = name;
        this.listedOn = listedOn;
        this.listedBy = listedBy;
    }

    public void remove(LocalDate on, String by) {
        this.removedOn = on;
        this.removedBy = by;
    }

    public boolean current() {
        return removedOn == null;
    }

    public UUID id() {
        return id;
    }

    public String state() {
        return state;
    }

    public NominationKind kind() {
        return kind;
    }

    public LocalizedText name() {
        return LocalizedText.orEmpty(name);
    }

    public LocalDate listedOn() {
        return listedOn;
    }

    public String listedBy() {
        return listedBy;
    }

    public LocalDate removedOn() {
        return removedOn;
    }
}
