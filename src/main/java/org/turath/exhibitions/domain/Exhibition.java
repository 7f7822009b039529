package org.turath.exhibitions.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.turath.exhibitions.ExhibitionId;
import org.turath.exhibitions.ExhibitionKind;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NameCollator;
import org.turath.shared.Recorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An exhibition: its title and introduction in three languages, the museum that organises it (if one does), its
 * sections in order — each a stop of the guided tour, with its narrative and what it shows — and, for one shown in
 * museums, its venues with their dates. Each saved version is kept (Envers).
 */
@Entity
@Table(name = "exhibition")
@Audited
public class Exhibition extends Recorded {

    public static final int MAX_SECTIONS = 30;
    public static final int MAX_VENUES = 20;

    /** What an exhibition's form gives (checked by the form and the desk). */
    public record Details(String reference, ExhibitionKind kind, UUID museumId, LocalizedText title, LocalizedText introduction,
                          boolean rightToLeft, String sources, boolean demonstration) {
    }

    private String reference;
    @Enumerated(EnumType.STRING)
    private ExhibitionKind kind;
    @Column(name = "museum_id")
    private UUID museumId;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText introduction;
    @Column(name = "sort_key_ar")
    private String sortKeyAr;
    @Column(name = "sort_key_en")
    private String sortKeyEn;
    @Column(name = "sort_key_fr")
    private String sortKeyFr;
    @Column(name = "right_to_left")
    private boolean rightToLeft;
    private String sources;
    private boolean demonstration;
    private boolean published;
    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "exhibition", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<ExhibitionSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "exhibition", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("opensOn, closesOn")
    private List<ExhibitionVenue> venues = new ArrayList<>();

    protected Exhibition() {
    }

    public Exhibition(Details details, String by, Instant at) {
        super(by, at);
        apply(details, at);
    }

    public void apply(Details details, Instant at) {
        this.reference = details.reference();
        this.kind = details.kind();
        this.museumId = details.museumId();
        this.title = details.title();
        this.introduction = details.introduction();
        this.rightToLeft = details.rightToLeft();
        this.sources = details.sources();
        this.demonstration = details.demonstration();
        this.sortKeyAr = computeSortKey(Language.AR);
        this.sortKeyEn = computeSortKey(Language.EN);
        this.sortKeyFr = computeSortKey(Language.FR);
        changed(at);
    }

    private String computeSortKey(Language language) {
        return NameCollator.sortKey(title().resolve(language).map(org.turath.shared.Localized::text).orElse(""), language);
    }

    public void publish(boolean shown, Instant at) {
        if (shown && !published) {
            publishedAt = at;
        }
        this.published = shown;
        changed(at);
    }

    // ---- sections

    /** Adds a section at the end; its number (from 1). */
    public int addSection(ExhibitionSection.Draft draft, Instant at) {
        ExhibitionSection section = new ExhibitionSection(this, sections.size() + 1);
        section.apply(draft);
        sections.add(section);
        changed(at);
        return sections.size();
    }

    public void replaceSection(int number, ExhibitionSection.Draft draft, Instant at) {
        section(number).orElseThrow().apply(draft);
        changed(at);
    }

    public void removeSection(int number, Instant at) {
        sections.remove(section(number).orElseThrow());
        renumber();
        changed(at);
    }

    /** Moves section {@code number} one place earlier ({@code -1}) or later ({@code +1}); false at either end. */
    public boolean moveSection(int number, int by, Instant at) {
        int from = number - 1;
        int to = from + by;
        if (section(number).isEmpty() || to < 0 || to >= sections.size()) {
            return false;
        }
        List<ExhibitionSection> ordered = new ArrayList<>(sections);
        Collections.swap(ordered, from, to);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).renumber(i + 1);
        }
        sections.sort(Comparator.comparingInt(ExhibitionSection::position));
        changed(at);
        return true;
    }

    private void renumber() {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).renumber(i + 1);
        }
    }

    /** Section {@code number}, counted from 1. */
    public Optional<ExhibitionSection> section(int number) {
        return number < 1 || number > sections.size() ? Optional.empty() : Optional.of(sections.get(number - 1));
    }

    public List<ExhibitionSection> sections() {
        return List.copyOf(sections);
    }

    // ---- venues

    public ExhibitionVenue addVenue(UUID museum, LocalDate opens, LocalDate closes, Instant at) {
        ExhibitionVenue venue = new ExhibitionVenue(this, museum, opens, closes);
        venues.add(venue);
        venues.sort(Comparator.comparing(ExhibitionVenue::opensOn).thenComparing(ExhibitionVenue::closesOn));
        changed(at);
        return venue;
    }

    public boolean removeVenue(UUID venue, Instant at) {
        boolean removed = venues.removeIf(v -> v.id().equals(venue));
        if (removed) {
            changed(at);
        }
        return removed;
    }

    /** The venues in the order the exhibition reaches them. */
    public List<ExhibitionVenue> venues() {
        return List.copyOf(venues);
    }

    /** The first day it opens anywhere and the last day it is shown anywhere; empty without venues. */
    public Optional<LocalDate[]> run() {
        if (venues.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = venues.stream().map(ExhibitionVenue::opensOn).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = venues.stream().map(ExhibitionVenue::closesOn).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new LocalDate[]{first, last});
    }

    // ---- reading

    public ExhibitionId id() {
        return new ExhibitionId(uuid());
    }

    public Details details() {
        return new Details(reference, kind, museumId, title(), introduction(), rightToLeft, sources, demonstration);
    }

    public String reference() {
        return reference;
    }

    public ExhibitionKind kind() {
        return kind;
    }

    public UUID museumId() {
        return museumId;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText introduction() {
        return LocalizedText.orEmpty(introduction);
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public String sources() {
        return sources;
    }

    public boolean demonstration() {
        return demonstration;
    }

    public boolean published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String sortKey(Language language) {
        return switch (language) {
            case AR -> sortKeyAr;
            case EN -> sortKeyEn;
            case FR -> sortKeyFr;
        };
    }
}
