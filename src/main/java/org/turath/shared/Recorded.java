package org.turath.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A record the centre keeps and people edit: its id, who created it and when, when it last changed (what harvesters and
 * feeds read as its change time), and its version, which refuses a stale edit. Its table has the columns {@code id},
 * {@code created_by}, {@code created_at}, {@code updated_at} and {@code row_version}.
 */
@MappedSuperclass
public abstract class Recorded {

    @Id
    private UUID id;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "row_version")
    private long version;

    /** For JPA. */
    protected Recorded() {
    }

    /** A new record, created by {@code by} at {@code at}, under a fresh random id. */
    protected Recorded(String by, Instant at) {
        this.id = UUID.randomUUID();
        this.createdBy = by;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Marks the record changed at {@code at}. */
    protected void changed(Instant at) {
        this.updatedAt = at;
    }

    /** The bare id, for the subclass's typed id. */
    protected UUID uuid() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
