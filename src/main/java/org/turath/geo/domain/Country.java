package org.turath.geo.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.geo.CountryInfo;
import org.turath.geo.Membership;
import org.turath.shared.LocalizedText;

import java.util.Objects;
import java.util.Optional;

/** A country of ISO 3166-1, keyed by its alpha-2 code. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    private String iso2;
    private String iso3;
    @Column(name = "iso_numeric")
    private String isoNumeric;
    @Embedded
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    private LocalizedText names;
    @Enumerated(EnumType.STRING)
    private Membership membership;

    protected Country() {
    }

    public Country(String iso2, String iso3, String isoNumeric, LocalizedText names, Membership membership) {
        this.iso2 = iso2;
        update(iso3, isoNumeric, names, membership);
    }

    /** Brings the row in line with the reference data; says whether anything changed. */
    public boolean update(String iso3, String isoNumeric, LocalizedText names, Membership membership) {
        boolean changed = !Objects.equals(this.iso3, iso3) || !Objects.equals(this.isoNumeric, isoNumeric)
                || !Objects.equals(this.names, names) || this.membership != membership;
        this.iso3 = iso3;
        this.isoNumeric = isoNumeric;
        this.names = names;
        this.membership = membership;
        return changed;
    }

    public String iso2() {
        return iso2;
    }

    public CountryInfo toInfo() {
        return new CountryInfo(iso2, iso3, isoNumeric, names, Optional.ofNullable(membership));
    }
}
