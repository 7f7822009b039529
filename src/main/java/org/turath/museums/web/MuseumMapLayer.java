package org.turath.museums.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.turath.web.MapLayer;

/** Museums on the map of the List, beside heritage items. */
@Configuration(proxyBeanMethods = false)
class MuseumMapLayer {

    @Bean
    MapLayer museumsOnTheMap() {
        return new MapLayer("museum", "/api/v1/museums/markers", "museums.nav");
    }
}
