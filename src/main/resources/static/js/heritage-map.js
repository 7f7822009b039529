// The map of one record: the server has drawn where it lies (an SVG inside the page); the reader who wants to
// pan and zoom presses "Explore", and only then are the map library and the boundaries fetched and the
// interactive map drawn in its place, with the item and its components as markers. A map without a drawing
// (no locator in the page) loads when the reader scrolls near it, as before.
(function () {
    'use strict';
    var element = document.getElementById('heritage-map');
    if (!element || !window.Turath) {
        return;
    }
    var actions = element.nextElementSibling;
    var button = actions && actions.querySelector('.map-explore');
    var failed = actions && actions.querySelector('.map-failed-note');

    function draw() {
        var markers = JSON.parse(element.dataset.markers || '[]');
        element.textContent = '';
        element.classList.remove('locator');
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

    function open() {
        var data = element.dataset;
        return Turath.load([data.leafletCss, data.leaflet, data.topojson, data.baseMap]).then(draw);
    }

    if (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            button.disabled = true;
            open().then(function () {
                button.hidden = true;
                element.focus();
            }, function () {
                button.disabled = false;
                if (failed) {
                    failed.textContent = failed.dataset.failed;
                }
            });
        });
    } else {
        Turath.whenNear(element, function () {
            open().catch(function () {
                element.classList.add('map-failed');
            });
        });
    }
})();
