// The directory's map: every museum of the current filter (not only this page of the list), from the museums' API.
// The server has drawn where they are first; the interactive map takes its place when the reader explores
// (Turath.explore: the "Explore" button, a tap on the drawing; at once on a wide screen).
(function () {
    'use strict';
    var element = document.getElementById('museums-map');
    if (!element || !window.Turath) {
        return;
    }
    Turath.explore(element, draw, {wide: true});

    function draw() {
        var map = TurathMap.create(element, {worldCopyJump: true});
        map.setView([25, 35], 2);
        var icon = TurathMap.layerIcon('museum');
        // the clusters are made at once when the map is fitted, not in a transition that shows the markers apart for a
        // moment (two museums of one city overlapping while "ready": axe's target-size found them so)
        var clusters = TurathMap.layerClusters('museum', {animate: false});
        map.addLayer(clusters);
        fetch(element.dataset.markers)
            .then(function (response) { return response.json(); })
            .then(function (data) {
                var points = data.markers.map(function (marker) {
                    var point = L.latLng(marker.latitude, marker.longitude);
                    var link = document.createElement('a');
                    link.href = marker.href;
                    link.textContent = marker.name;
                    L.marker(point, {icon: icon, title: marker.name, alt: marker.name}).bindPopup(link).addTo(clusters);
                    return point;
                });
                if (points.length > 0) {
                    // no animation: the clusters are drawn once, at the zoom the reader will see
                    map.fitBounds(L.latLngBounds(points).pad(0.2), {maxZoom: 9, animate: false});
                }
                element.dataset.markerCount = String(points.length);
                element.classList.add('map-ready');
            });
    }
})();
