package org.turath.nominations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;

/** A component of a serial nomination: name, place and the areas of its core and buffer zones. */
@Embeddable
public class Part {

    @Embedded
    private LocalizedText name;
    private Double latitude;
    private Double longitude;
    @Column(name = "core_hectares")
    private BigDecimal coreHectares;
    @Column(name = "buffer_hectares")
    private BigDecimal bufferHectares;
    @Column(name = "core_zone")
    private String coreZone;
    @Column(name = "buffer_zone")
    private String bufferZone;

    protected Part() {
    }

    public Part(LocalizedText name, Double latitude, Double longitude, BigDecimal coreHectares, BigDecimal bufferHectares) {
        this.name = name;
        this.latitude = latitude;
        this.longitude = longitude;
        this.coreHectares = coreHectares;
        this.bufferHectares = bufferHectares;
    }

    /** This part with the zones of {@code earlier} (a form that edits names and places keeps the uploaded zones). */
    Part withZonesOf(Part earlier) {
        Part part = new Part(name, latitude, longitude, coreHectares, bufferHectares);
        part.coreZone = coreZone != null ? coreZone : earlier.coreZone;
        part.bufferZone = bufferZone != null ? bufferZone : earlier.bufferZone;
        return part;
    }

    Part withZone(boolean core, String geoJson) {
        Part part = new Part(name, latitude, longitude, coreHectares, bufferHectares);
        part.coreZone = core ? geoJson : coreZone;
        part.bufferZone = core ? bufferZone : geoJson;
        return part;
    }

    public String coreZone() {
        return coreZone;
    }

    public String bufferZone() {
        return bufferZone;
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

    public BigDecimal coreHectares() {
        return coreHectares;
    }

    public BigDecimal bufferHectares() {
        return bufferHectares;
    }

    /** This part's name, place, areas and zones as a version freezes them, under {@code prefix}. */
    void putInto(java.util.Map<String, String> all, String prefix) {
        NominationVersion.putIf(all, prefix + "name.ar", name().getAr());
        NominationVersion.putIf(all, prefix + "name.en", name().getEn());
        NominationVersion.putIf(all, prefix + "name.fr", name().getFr());
        NominationVersion.putIf(all, prefix + "latitude", latitude == null ? null : latitude.toString());
        NominationVersion.putIf(all, prefix + "longitude", longitude == null ? null : longitude.toString());
        NominationVersion.putIf(all, prefix + "core", coreHectares == null ? null : coreHectares.stripTrailingZeros().toPlainString());
        NominationVersion.putIf(all, prefix + "buffer", bufferHectares == null ? null : bufferHectares.stripTrailingZeros().toPlainString());
        NominationVersion.putIf(all, prefix + "coreZone", ZoneGeometry.summary(coreZone));
        NominationVersion.putIf(all, prefix + "bufferZone", ZoneGeometry.summary(bufferZone));
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
