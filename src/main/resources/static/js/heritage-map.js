// The map of one heritage item: an offline base layer of country boundaries shipped with the
// portal (a tile layer only when configured), the item and its components as markers.
(function () {
    'use strict';
    var element = document.getElementById('heritage-map');
    if (!element || typeof L === 'undefined') {
        return;
    }
    var markers = JSON.parse(element.dataset.markers || '[]');
    var map = L.map(element, {scrollWheelZoom: false, attributionControl: true});
    var tileUrl = element.dataset.tileUrl;
    if (tileUrl) {
        L.tileLayer(tileUrl, {attribution: element.dataset.tileAttribution || ''}).addTo(map);
    }
    fetch(element.dataset.boundaries)
        .then(function (response) { return response.json(); })
        .then(function (boundaries) {
            L.geoJSON(boundaries, {
                interactive: false,
                style: {color: '#8a8f98', weight: 0.6, fillColor: '#e9e4d8', fillOpacity: 1}
            }).addTo(map).bringToBack();
        })
        .catch(function () { /* the markers still show without the base layer */ });
    var points = markers.map(function (marker) {
        var point = L.latLng(marker.lat, marker.lon);
        L.circleMarker(point, {radius: 8, color: '#0b5d52', weight: 2, fillColor: '#15977f', fillOpacity: 0.9})
            .bindTooltip(marker.name, {direction: 'top'})
            .addTo(map);
        return point;
    });
    if (points.length === 1) {
        map.setView(points[0], 6);
    } else if (points.length > 1) {
        map.fitBounds(L.latLngBounds(points).pad(0.3));
    } else {
        map.setView([25, 30], 2);
    }
    element.classList.add('map-ready');
})();
