package org.turath.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.UUID;

/** One component of a serial property: its own name, place, area and zones. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "heritage_component")
public class Component {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private HeritageItem item;
    private int position;
    @Embedded
    private LocalizedText name;
    private Double latitude;
    private Double longitude;
    @Column(name = "area_hectares")
    private BigDecimal areaHectares;
    @Column(name = "core_zone_geojson")
    private String coreZoneGeoJson;
    @Column(name = "buffer_zone_geojson")
    private String bufferZoneGeoJson;

    protected Component() {
    }

    Component(HeritageItem item, int position, LocalizedText name, Double latitude, Double longitude, BigDecimal areaHectares) {
        this.id = UUID.randomUUID();
        this.item = item;
        this.position = position;
        this.name = name;
        this.latitude = latitude;
        this.longitude = longitude;
        this.areaHectares = areaHectares;
    }

    /** The component as an editor gives it: what a revert or a comparison works with. */
    public ComponentDraft draft() {
        return new ComponentDraft(name(), latitude, longitude, areaHectares);
    }

    public int position() {
        return position;
    }

    public LocalizedText name() {
        return LocalizedText.orEmpty(name);
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public BigDecimal areaHectares() {
        return areaHectares;
    }

    public String coreZoneGeoJson() {
        return coreZoneGeoJson;
    }

    public String bufferZoneGeoJson() {
        return bufferZoneGeoJson;
    }
}
