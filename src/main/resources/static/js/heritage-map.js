// The map of one heritage item: the item and its components as markers on the base map. The map library
// and the boundaries are fetched only when the reader scrolls near the map (most read the text above it).
(function () {
    'use strict';
    var element = document.getElementById('heritage-map');
    if (!element || !window.Turath) {
        return;
    }
    function draw() {
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
    }
    Turath.whenNear(element, function () {
        var data = element.dataset;
        Turath.load([data.leafletCss, data.leaflet, data.topojson, data.baseMap]).then(draw, function () {
            element.classList.add('map-failed');
        });
    });
})();
