package org.turath.museums.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.turath.museums.internal.MuseumDesk;
import org.turath.web.MapLayer;

/** Museums on the map of the List, beside heritage items: every published museum with a position. */
@Configuration(proxyBeanMethods = false)
class MuseumMapLayer {

    @Bean
    MapLayer museumsOnTheMap(MuseumDesk desk) {
        return new MapLayer("museum", "/api/v1/museums/markers", "museums.nav", () -> desk.positions().stream()
                .map(position -> new MapLayer.Position(position[0], position[1])).toList());
    }
}
