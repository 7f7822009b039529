package org.turath.geo.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.turath.geo.LocatorMaps;

/** Gives every page's template the server-drawn locator maps as {@code locatorMaps} (see fragments/map.html). */
@ControllerAdvice
class LocatorMapModel {

    private final LocatorMaps maps;

    LocatorMapModel(LocatorMaps maps) {
        this.maps = maps;
    }

    @ModelAttribute("locatorMaps")
    LocatorMaps locatorMaps() {
        return maps;
    }
}
