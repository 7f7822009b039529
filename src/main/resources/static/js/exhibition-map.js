// An exhibition's map: its venues numbered in the order it reaches them, joined by the route it travels, and the
// heritage items it shows. Leaflet and the boundaries are fetched only when the reader comes near the map.
(function () {
    'use strict';
    var element = document.getElementById('exhibition-map');
    if (!element || !window.Turath) {
        return;
    }
    function draw() {
        var markers = JSON.parse(element.dataset.markers || '[]');
        var map = TurathMap.create(element);
        var points = [];
        var route = [];
        markers.forEach(function (marker) {
            var point = L.latLng(marker.lat, marker.lon);
            points.push(point);
            if (marker.kind === 'venue') {
                route.push(point);
                var number = document.createElement('span');
                number.textContent = String(marker.number);
                var label = TurathMap.text(marker.number + '. ' + marker.name + ' — ' + marker.dates);
                L.marker(point, {
                    icon: L.divIcon({className: 'map-dot venue-stop', html: number.outerHTML, iconSize: [28, 28]}),
                    title: marker.number + '. ' + marker.name, alt: marker.number + '. ' + marker.name
                }).bindPopup(label).addTo(map);
            } else {
                TurathMap.marker(point, marker.name).addTo(map);
            }
        });
        if (route.length > 1) {
            L.polyline(route, {color: '#8a5a12', weight: 2, dashArray: '6 6', interactive: false}).addTo(map);
        }
        if (points.length === 1) {
            map.setView(points[0], 6);
        } else if (points.length > 1) {
            map.fitBounds(L.latLngBounds(points).pad(0.3), {animate: false});
        } else {
            map.setView([25, 30], 2);
        }
        element.classList.add('map-ready');
    }
    Turath.whenNear(element, Turath.explore(element, draw));
})();
