// The map of one record: the server has drawn where it lies (an SVG inside the page); the reader who wants to
// pan and zoom presses "Explore" (or taps the drawing), and only then are the map library and the boundaries fetched
// and the interactive map drawn in its place, with the item and its components as markers (Turath.explore). A map
// without a drawing (no locator in the page) loads when the reader scrolls near it.
(function () {
    'use strict';
    var element = document.getElementById('heritage-map');
    if (!element || !window.Turath) {
        return;
    }
    var drawn = element.classList.contains('locator');
    var open = Turath.explore(element, draw);
    if (!drawn) {
        Turath.whenNear(element, open);
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
})();
