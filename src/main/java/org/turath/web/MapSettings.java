package org.turath.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Maps draw an offline base layer of country boundaries shipped with the portal; a tile server is
 * optional ({@code turath.map.tile-url}, e.g. an in-house one).
 */
@ConfigurationProperties("turath.map")
public record MapSettings(String tileUrl, String tileAttribution) {

    public boolean hasTiles() {
        return tileUrl != null && !tileUrl.isBlank();
    }
}
