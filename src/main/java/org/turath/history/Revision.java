package org.turath.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One revision of the portal's history: every change to audited content made in one transaction,
 * with who made it and when. Shared by every module whose content keeps its history.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_generator")
    @SequenceGenerator(name = "revision_generator", sequenceName = "revision_generator", allocationSize = 1)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp")
    private long timestamp;

    /** The e-mail of the person signed in, or the name of the task that made the change. */
    private String author;

    protected Revision() {
    }

    public long id() {
        return id;
    }

    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String author() {
        return author;
    }

    void author(String author) {
        this.author = author;
    }
}
