package org.turath.nominations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** What the secretariat asks to be fixed in one section of a submitted version. */
@Embeddable
public class SectionComment {

    private int version;
    private String section;
    @Column(name = "text")
    private String text;
    private String author;
    private Instant at;

    protected SectionComment() {
    }

    SectionComment(int version, String section, String text, String author, Instant at) {
        this.version = version;
        this.section = section;
        this.text = text;
        this.author = author;
        this.at = at;
    }

    public int version() {
        return version;
    }

    public String section() {
        return section;
    }

    public String text() {
        return text;
    }

    public String author() {
        return author;
    }

    public Instant at() {
        return at;
    }

    /** The comments made on {@code version}, by section, in the order they were made. */
    static java.util.Map<String, java.util.List<SectionComment>> bySection(java.util.List<SectionComment> comments, int version) {
        java.util.Map<String, java.util.List<SectionComment>> bySection = new java.util.LinkedHashMap<>();
        comments.stream().filter(c -> c.version() == version)
                .forEach(c -> bySection.computeIfAbsent(c.section(), s -> new java.util.ArrayList<>()).add(c));
        return bySection;
    }
}
