// The map of one heritage item: the item and its components as markers on the base map.
(function () {
    'use strict';
    var element = document.getElementById('heritage-map');
    if (!element || typeof L === 'undefined') {
        return;
    }
    var markers = JSON.parse(element.dataset.markers || '[]');
    var map = TurathMap.create(element);
    var points = markers.map(function (marker) {
        var point = L.latLng(marker.lat, marker.lon);
        TurathMap.marker(point, marker.name).addTo(map);
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
