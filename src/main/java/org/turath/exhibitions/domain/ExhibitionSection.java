package org.turath.exhibitions.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.turath.shared.LocalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A section of an exhibition — a stop of its guided tour: a title, a narrative, and the pieces it shows in order. */
@Entity
@Audited
@Table(name = "exhibition_section")
public class ExhibitionSection {

    public static final int MAX_PIECES = 24;

    /** A section as its form gives it. */
    public record Draft(LocalizedText title, LocalizedText narrative, List<ExhibitionPiece.Draft> pieces) {

        public Draft {
            pieces = List.copyOf(pieces);
        }
    }

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "exhibition_id")
    private Exhibition exhibition;
    private int position;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText narrative;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<ExhibitionPiece> pieces = new ArrayList<>();

    protected ExhibitionSection() {
    }

    ExhibitionSection(Exhibition exhibition, int position) {
        this.id = UUID.randomUUID();
        this.exhibition = exhibition;
        this.position = position;
    }

    void apply(Draft draft) {
        this.title = draft.title();
        this.narrative = draft.narrative();
        // pieces are replaced whole: the form gives them all, in their order
        pieces.clear();
        int at = 1;
        for (ExhibitionPiece.Draft piece : draft.pieces()) {
            pieces.add(new ExhibitionPiece(this, at++, piece));
        }
    }

    void renumber(int position) {
        this.position = position;
    }

    public Draft draft() {
        return new Draft(title(), narrative(), pieces.stream().map(ExhibitionPiece::draft).toList());
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText narrative() {
        return LocalizedText.orEmpty(narrative);
    }

    public List<ExhibitionPiece> pieces() {
        return List.copyOf(pieces);
    }
}
