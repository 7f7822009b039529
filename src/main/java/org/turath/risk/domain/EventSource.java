package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** A source of an observatory entry: what it is (a report, a resolution, an article), its date, and where to read it. */
@Embeddable
public class EventSource {

    private String citation;
    @Column(name = "source_date")
    private LocalDate sourceDate;
    private String link;

    protected EventSource() {
    }

    public EventSource(String citation, LocalDate sourceDate, String link) {
        this.citation = citation;
        this.sourceDate = sourceDate;
        this.link = link;
    }

    public String citation() {
        return citation;
    }

    public LocalDate sourceDate() {
        return sourceDate;
    }

    public String link() {
        return link;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventSource that && Objects.equals(citation, that.citation) && Objects.equals(sourceDate, that.sourceDate)
                && Objects.equals(link, that.link);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citation, sourceDate, link);
    }
}
