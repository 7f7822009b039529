package org.turath.exhibitions.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.turath.shared.LocalizedText;

import java.util.UUID;

/** What a section shows: an object of the collections or a heritage item of the List, by reference, with a caption. */
@Entity
@Audited
@Table(name = "exhibition_piece")
public class ExhibitionPiece {

    public enum Kind { OBJECT, HERITAGE }

    /** A piece as its form gives it. */
    public record Draft(Kind kind, String reference, LocalizedText caption) {
    }

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    private ExhibitionSection section;
    private int position;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String reference;
    @Embedded
    private LocalizedText caption;

    protected ExhibitionPiece() {
    }

    ExhibitionPiece(ExhibitionSection section, int position, Draft draft) {
        this.id = UUID.randomUUID();
        this.section = section;
        this.position = position;
        this.kind = draft.kind();
        this.reference = draft.reference();
        this.caption = draft.caption();
    }

    public Draft draft() {
        return new Draft(kind, reference, caption());
    }

    public int position() {
        return position;
    }

    public Kind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public LocalizedText caption() {
        return LocalizedText.orEmpty(caption);
    }
}
