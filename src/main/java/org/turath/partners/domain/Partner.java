package org.turath.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.NotAudited;
import org.turath.shared.Language;
import org.turath.shared.NameCollator;
import org.hibernate.envers.Audited;
import org.turath.partners.PartnerId;
import org.turath.partners.PartnerKind;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;

import java.time.Instant;

/**
 * A body the centre works with: a ministry, a university, a museum, an international organisation, a foundation, a
 * company. Its contacts are for the secretariat only. Each saved version is kept (Envers).
 */
@Entity
@Table(name = "partner")
@Audited
public class Partner extends Recorded {

    /** What a partner's form gives (checked by the form). */
    public record Details(String slug, LocalizedText name, String acronym, PartnerKind kind, String country, String website,
                          LocalizedText summary, String contacts) {
    }

    private String slug;
    @Embedded
    private LocalizedText name;
    private String acronym;
    @Enumerated(EnumType.STRING)
    private PartnerKind kind;
    private String country;
    private String website;
    @Embedded
    private LocalizedText summary;
    private String contacts;
    private String logo;
    private boolean demonstration;
    /** Alphabetical keys of the name in each language (derived: not kept in the history). */
    @NotAudited
    @Column(name = "sort_key_ar")
    private String sortKeyAr;
    @NotAudited
    @Column(name = "sort_key_en")
    private String sortKeyEn;
    @NotAudited
    @Column(name = "sort_key_fr")
    private String sortKeyFr;

    protected Partner() {
    }

    public Partner(Details details, boolean demonstration, String by, Instant at) {
        super(by, at);
        this.demonstration = demonstration;
        apply(details, at);
    }

    public void apply(Details details, Instant at) {
        this.slug = details.slug();
        this.name = details.name();
        this.acronym = details.acronym();
        this.kind = details.kind();
        this.country = details.country();
        this.website = details.website();
        this.summary = details.summary();
        this.contacts = details.contacts();
        this.sortKeyAr = sortKey(this.name, Language.AR);
        this.sortKeyEn = sortKey(this.name, Language.EN);
        this.sortKeyFr = sortKey(this.name, Language.FR);
        changed(at);
    }

    /** The key a list in {@code language} orders {@code name} by (its name in that language, else in the next one). */
    public static String sortKey(LocalizedText name, Language language) {
        return NameCollator.sortKey(LocalizedText.orEmpty(name).resolve(language).map(org.turath.shared.Localized::text).orElse(""),
                language);
    }

    /** The key a list in {@code language} orders this partner by. */
    public String sortKey(Language language) {
        return switch (language) {
            case AR -> sortKeyAr;
            case EN -> sortKeyEn;
            case FR -> sortKeyFr;
        };
    }

    /** A new logo (the stored file's generated name), or none. */
    public void logo(String storedName, Instant at) {
        this.logo = storedName;
        changed(at);
    }

    public PartnerId id() {
        return new PartnerId(uuid());
    }

    public Details details() {
        return new Details(slug, name(), acronym, kind, country, website, summary(), contacts);
    }

    public String slug() {
        return slug;
    }

    public LocalizedText name() {
        return LocalizedText.orEmpty(name);
    }

    public String acronym() {
        return acronym;
    }

    public PartnerKind kind() {
        return kind;
    }

    public String country() {
        return country;
    }

    public String website() {
        return website;
    }

    public LocalizedText summary() {
        return LocalizedText.orEmpty(summary);
    }

    public String contacts() {
        return contacts;
    }

    public String logo() {
        return logo;
    }

    public boolean demonstration() {
        return demonstration;
    }
}
