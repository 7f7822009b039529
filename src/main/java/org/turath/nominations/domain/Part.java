package org.turath.nominations.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;

/** A component of a serial nomination: name, place and the areas of its core and buffer zones. */
@Embeddable
public class Part {

    @Embedded
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    private LocalizedText name;
    private Double latitude;
    private Double longitude;
    @Column(name = "core_hectares")
    private BigDecimal coreHectares;
    @Column(name = "buffer_hectares")
    private BigDecimal bufferHectares;

    protected Part() {
    }

    public Part(LocalizedText name, Double latitude, Double longitude, BigDecimal coreHectares, BigDecimal bufferHectares) {
        this.name = name;
        this.latitude = latitude;
        this.longitude = longitude;
        this.coreHectares = coreHectares;
        this.bufferHectares = bufferHectares;
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

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
