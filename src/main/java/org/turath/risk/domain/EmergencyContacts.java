package org.turath.risk.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A member state's emergency contacts, kept by its focal points: one list, changed as a whole. Each version is kept (Envers). */
@Entity
@Table(name = "emergency_contact_list")
@Audited
public class EmergencyContacts {

    /** At most this many contacts a state. */
    public static final int MAX = 10;

    @Id
    private String state;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    // a wrapper: a new list has none yet, so saving it inserts it
    @Version
    @Column(name = "row_version")
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "emergency_contact", joinColumns = @JoinColumn(name = "state"))
    @OrderColumn(name = "position")
    private List<EmergencyContact> contacts = new ArrayList<>();

    protected EmergencyContacts() {
    }

    public EmergencyContacts(String state) {
        this.state = state;
    }

    public void replace(List<EmergencyContact> contacts, String by, Instant at) {
        this.contacts.clear();
        this.contacts.addAll(contacts);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String state() {
        return state;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Its version, 0 for a list never saved. */
    public long version() {
        return version == null ? 0 : version;
    }

    public List<EmergencyContact> contacts() {
        return List.copyOf(contacts);
    }
}
