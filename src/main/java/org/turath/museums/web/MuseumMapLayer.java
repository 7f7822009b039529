package org.turath.museums.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.turath.museums.internal.MuseumDesk;
import org.turath.museums.domain.MuseumListing;
import org.turath.web.MapLayer;

import java.util.Optional;

/** Museums on the map of the List, beside heritage items: every published museum with a position. */
@Configuration(proxyBeanMethods = false)
class MuseumMapLayer {

    @Bean
    MapLayer museumsOnTheMap(MuseumDesk desk) {
        MuseumListing.Filter all = new MuseumListing.Filter(Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty());
        return new MapLayer("museum", "/api/v1/museums/markers", "museums.nav", () -> desk.located(all).stream()
                .map(museum -> new MapLayer.Position(museum.position().get()[0], museum.position().get()[1])).toList());
    }
}
