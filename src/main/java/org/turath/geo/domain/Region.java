package org.turath.geo.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.geo.RegionInfo;
import org.turath.shared.LocalizedText;

/** One of UNESCO's regions; the rows come from the migration. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private String code;
    @Embedded
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    private LocalizedText names;

    protected Region() {
    }

    public RegionInfo toInfo() {
        return new RegionInfo(code, names);
    }
}
