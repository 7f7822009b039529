// The core and buffer zones of a nomination file on a map: core zones filled, buffer zones dashed.
// The same zones are listed in words under the map.
(function () {
    'use strict';
    var element = document.getElementById('zones-map');
    var source = document.getElementById('zones-data');
    if (!element || !source || typeof L === 'undefined') {
        return;
    }
    var zones = JSON.parse(source.textContent);
    var map = TurathMap.create(element, {});
    var bounds = L.latLngBounds([]);
    zones.forEach(function (zone) {
        var style = zone.zone === 'core'
            ? {color: '#0b5d52', weight: 2, fillColor: '#15977f', fillOpacity: 0.35}
            : {color: '#8a5a44', weight: 2, dashArray: '6 4', fillOpacity: 0.08};
        var layer = L.geoJSON(JSON.parse(zone.geometry), {style: style}).bindTooltip(TurathMap.text(zone.label));
        layer.addTo(map);
        bounds.extend(layer.getBounds());
    });
    if (bounds.isValid()) {
        map.fitBounds(bounds.pad(0.2));
    } else {
        map.setView([25, 35], 2);
    }
})();
