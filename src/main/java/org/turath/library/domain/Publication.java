package org.turath.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.turath.library.PublicationKind;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;
import org.turath.shared.RichText;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A publication of the centre: what it is, who wrote it, when, in which language, and its PDF. */
@Entity
@Table(name = "publication")
public class Publication extends Recorded {

    /** What the secretariat writes about a publication. */
    public record Details(PublicationKind kind, LocalizedText title, RichText summary, String authors, Integer year,
                          Language language, String topics, String isbn, String doi, List<String> related, boolean published) {
    }

    @Enumerated(EnumType.STRING)
    private PublicationKind kind;
    @Embedded
    private LocalizedText title;
    @Embedded
    private RichText summary;
    private String authors;
    @Column(name = "publication_year")
    private Integer year;
    private String language;
    private String topics;
    private String isbn;
    private String doi;
    private String related;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "original_name")
    private String originalName;
    @Column(name = "file_size")
    private Long fileSize;
    @Column(name = "page_count")
    private Integer pageCount;
    private String thumbnail;
    @Column(name = "download_count", insertable = false, updatable = false)
    private long downloadCount;
    private boolean published;

    protected Publication() {
    }

    public Publication(Details details, String by, Instant at) {
        super(by, at);
        apply(details, at);
    }

    public void apply(Details details, Instant at) {
        this.kind = details.kind();
        this.title = details.title();
        this.summary = RichText.orEmpty(details.summary());
        this.authors = details.authors();
        this.year = details.year();
        this.language = details.language().tag();
        this.topics = details.topics();
        this.isbn = details.isbn();
        this.doi = details.doi();
        this.related = details.related().isEmpty() ? null : String.join(",", details.related());
        this.published = details.published();
        changed(at);
    }

    /** The PDF now kept for this publication (the previous one, if any, is the caller's to delete). */
    public void attach(String storedName, String shownName, long size, int pages, String thumbnailName, Instant at) {
        this.fileName = storedName;
        this.originalName = shownName;
        this.fileSize = size;
        this.pageCount = pages;
        this.thumbnail = thumbnailName;
        changed(at);
    }

    public Details details() {
        return new Details(kind, title, summary(), authors, year, language(), topics, isbn, doi, related(), published);
    }

    public org.turath.library.PublicationId id() {
        return new org.turath.library.PublicationId(uuid());
    }

    public PublicationKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return title;
    }

    public RichText summary() {
        return RichText.orEmpty(summary);
    }

    public String authors() {
        return authors;
    }

    public Integer year() {
        return year;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public String topics() {
        return topics;
    }

    public String isbn() {
        return isbn;
    }

    public String doi() {
        return doi;
    }

    public List<String> related() {
        return related == null ? List.of() : Arrays.stream(related.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public String fileName() {
        return fileName;
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public String originalName() {
        return originalName;
    }

    public Long fileSize() {
        return fileSize;
    }

    public Integer pageCount() {
        return pageCount;
    }

    public String thumbnail() {
        return thumbnail;
    }

    public long downloadCount() {
        return downloadCount;
    }

    public boolean published() {
        return published;
    }



}
