package org.turath.museums.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumKind;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NameCollator;
import org.turath.shared.Recorded;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A museum's entry in the directory: what it is, where, when it opens and how it can be visited, and the heritage items
 * of the List it relates to. Its curators keep it; the secretariat publishes it. Each saved version is kept (Envers);
 * who curates it is in the audit log rather than in the entry's history.
 */
@Entity
@Table(name = "museum")
@Audited
public class Museum extends Recorded {

    /** The most heritage items one entry names. */
    public static final int MAX_HERITAGE = 40;

    /** What an entry's form gives (checked by the form). */
    public record Details(String reference, LocalizedText name, MuseumKind kind, String state, LocalizedText city,
                          Double latitude, Double longitude, Integer founded, String website, String contacts,
                          LocalizedText hours, LocalizedText accessibility, LocalizedText description, String sources,
                          Set<String> heritage) {

        public Details {
            heritage = Set.copyOf(heritage);
        }
    }

    private String reference;
    @Embedded
    private LocalizedText name;
    @Column(name = "sort_key_ar")
    private String sortKeyAr;
    @Column(name = "sort_key_en")
    private String sortKeyEn;
    @Column(name = "sort_key_fr")
    private String sortKeyFr;
    @Enumerated(EnumType.STRING)
    private MuseumKind kind;
    private String state;
    @Embedded
    private LocalizedText city;
    @Column(name = "city_key")
    private String cityKey;
    private Double latitude;
    private Double longitude;
    private Integer founded;
    private String website;
    private String contacts;
    @Embedded
    private LocalizedText hours;
    @Embedded
    private LocalizedText accessibility;
    @Embedded
    private LocalizedText description;
    private String sources;
    private boolean published;
    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "museum_heritage", joinColumns = @JoinColumn(name = "museum_id"))
    @Column(name = "reference")
    @BatchSize(size = 50)
    private Set<String> heritage = new TreeSet<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "museum_curator", joinColumns = @JoinColumn(name = "museum_id"))
    @Column(name = "email")
    @BatchSize(size = 50)
    private Set<String> curators = new TreeSet<>();

    protected Museum() {
    }

    public Museum(Details details, String by, Instant at) {
        super(by, at);
        apply(details, at);
    }

    public void apply(Details details, Instant at) {
        this.reference = details.reference();
        this.name = details.name();
        this.kind = details.kind();
        this.state = details.state();
        this.city = details.city();
        this.cityKey = cityKey(details.city());
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.founded = details.founded();
        this.website = details.website();
        this.contacts = details.contacts();
        this.hours = details.hours();
        this.accessibility = details.accessibility();
        this.description = details.description();
        this.sources = details.sources();
        this.heritage.clear();
        this.heritage.addAll(details.heritage());
        this.sortKeyAr = computeSortKey(Language.AR);
        this.sortKeyEn = computeSortKey(Language.EN);
        this.sortKeyFr = computeSortKey(Language.FR);
        changed(at);
    }

    /** The key the directory filters a city by: its name in English (else any), folded to lower case. */
    public static String cityKey(LocalizedText city) {
        return LocalizedText.orEmpty(city).resolve(Language.EN).map(text -> text.text().strip().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    private String computeSortKey(Language language) {
        return NameCollator.sortKey(name().resolve(language).map(org.turath.shared.Localized::text).orElse(""), language);
    }

    public void publish(boolean shown, Instant at) {
        if (shown && !published) {
            publishedAt = at;
        }
        this.published = shown;
        changed(at);
    }

    /** Adds a curator (an account's e-mail address); false when they already curate it. */
    public boolean addCurator(String email) {
        return curators.add(email);
    }

    public boolean removeCurator(String email) {
        return curators.remove(email);
    }

    public boolean curatedBy(String email) {
        return email != null && curators.contains(email);
    }

    public MuseumId id() {
        return new MuseumId(uuid());
    }

    public Details details() {
        return new Details(reference, name(), kind, state, city(), latitude, longitude, founded, website, contacts, hours(),
                accessibility(), description(), sources, heritage);
    }

    public String reference() {
        return reference;
    }

    public LocalizedText name() {
        return LocalizedText.orEmpty(name);
    }

    public String sortKey(Language language) {
        return switch (language) {
            case AR -> sortKeyAr;
            case EN -> sortKeyEn;
            case FR -> sortKeyFr;
        };
    }

    public MuseumKind kind() {
        return kind;
    }

    public String state() {
        return state;
    }

    public LocalizedText city() {
        return LocalizedText.orEmpty(city);
    }

    public String cityKey() {
        return cityKey;
    }

    public Optional<double[]> position() {
        return latitude == null || longitude == null ? Optional.empty() : Optional.of(new double[]{latitude, longitude});
    }

    public Integer founded() {
        return founded;
    }

    public String website() {
        return website;
    }

    public String contacts() {
        return contacts;
    }

    public LocalizedText hours() {
        return LocalizedText.orEmpty(hours);
    }

    public LocalizedText accessibility() {
        return LocalizedText.orEmpty(accessibility);
    }

    public LocalizedText description() {
        return LocalizedText.orEmpty(description);
    }

    public String sources() {
        return sources;
    }

    public Set<String> heritage() {
        return Set.copyOf(heritage);
    }

    public Set<String> curators() {
        return Set.copyOf(curators);
    }

    public boolean published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
