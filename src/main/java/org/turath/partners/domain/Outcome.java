package org.turath.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.turath.shared.LocalizedText;

import java.util.Objects;

/** Something carried out under an agreement: a training, a publication, an activity, a project, with a link to it. */
@Embeddable
public class Outcome {

    /** What kind of thing came of the agreement. */
    public enum Kind {
        TRAINING,
        PUBLICATION,
        ACTIVITY,
        PROJECT
    }

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    @Column(name = "outcome_year")
    private Integer year;
    @Embedded
    private LocalizedText title;
    private String link;

    protected Outcome() {
    }

    public Outcome(Kind kind, Integer year, LocalizedText title, String link) {
        this.kind = kind;
        this.year = year;
        this.title = title;
        this.link = link;
    }

    public Kind kind() {
        return kind;
    }

    public Integer year() {
        return year;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public String link() {
        return link;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome that && kind == that.kind && Objects.equals(year, that.year)
                && Objects.equals(title(), that.title()) && Objects.equals(link, that.link);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, year, title(), link);
    }
}
