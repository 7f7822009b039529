// The results map. The server has drawn the first view (where the results are, gathered into spots, an SVG inside
// the page), so a phone shows it without loading anything more; the interactive map (Leaflet, its clusters and the
// boundaries, about 80 KB) replaces it when the reader explores (Turath.explore: the "Explore" button, a tap on the
// drawing, here also a legend box; at once on a wide screen). The interactive map shows
// every located result as clustered markers, in step with the list beside it; "Search this area" reloads the
// page with the visible box as a filter, so the list follows the map.
(function () {
    'use strict';
    var element = document.getElementById('results-map');
    if (!element || !window.Turath) {
        return;
    }
    var open = Turath.explore(element, draw, {wide: true});
    // a legend box changed on the drawing: the reader wants the layers, which only the interactive map shows apart
    document.querySelectorAll('input.map-layer').forEach(function (box) {
        box.addEventListener('change', open, {once: true});
    });

    function draw() {
        var map = TurathMap.create(element, {worldCopyJump: true});
        element.turathMap = map; // for end-to-end tests that move the map
        var box = (element.dataset.box || '').split(',').map(Number);
        if (box.length === 4 && box.every(function (n) { return !isNaN(n); })) {
            map.fitBounds([[box[0], box[1]], [box[2], box[3]]]);
        } else {
            map.setView([25, 35], 2);
        }
        // a 24 × 24 px target around a smaller visible dot (WCAG 2.2 target size, 2.5.8), coloured by kind, ringed when in danger
        var icons = {};
        var dot = function (marker) {
            var className = 'map-dot' + TurathMap.kindClass(marker.kind, marker.status);
            if (!icons[className]) {
                icons[className] = L.divIcon({className: className, html: '<span></span>', iconSize: [24, 24], iconAnchor: [12, 12]});
            }
            return icons[className];
        };
        // the library's default radius (80 px, twice a cluster icon's 40 px): with 45 px two clusters' icons
        // could overlap and fall under the WCAG 2.2 target size (axe caught it in CI)
        var clusters = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 80, chunkedLoading: true});
        map.addLayer(clusters);
        fetch(element.dataset.markers)
            .then(function (response) { return response.json(); })
            .then(function (data) {
                var markers = [];
                var points = data.markers.map(function (marker) {
                    var point = L.latLng(marker.latitude, marker.longitude);
                    var link = document.createElement('a');
                    link.href = marker.href;
                    link.textContent = marker.name;
                    markers.push(L.marker(point, {icon: dot(marker), title: marker.name, alt: marker.name}).bindPopup(link));
                    return point;
                });
                // all at once: the cluster group computes its clusters once, not once per marker
                clusters.addLayers(markers);
                if (points.length > 0 && !(box.length === 4)) {
                    map.fitBounds(L.latLngBounds(points).pad(0.1), {maxZoom: 7});
                }
                element.dataset.markerCount = String(points.length);
                element.classList.add('map-ready');
                // the map's own first framing is not the reader moving it
                window.setTimeout(function () { settled = true; }, 800);
            });
        // other modules' layers (museums…), each in its own colour and shape, clustered with the List's markers so that no
        // two targets overlap (WCAG 2.2 target size), and shown or hidden by its box in the legend
        document.querySelectorAll('input.map-layer').forEach(function (box) {
            var layerIcon = TurathMap.layerIcon(box.dataset.layer);
            var layerMarkers = [];
            var toggle = function () {
                if (box.checked) {
                    clusters.addLayers(layerMarkers);
                } else {
                    clusters.removeLayers(layerMarkers);
                }
            };
            fetch(box.dataset.markers)
                .then(function (response) { return response.json(); })
                .then(function (data) {
                    data.markers.forEach(function (marker) {
                        var link = document.createElement('a');
                        link.href = marker.href;
                        link.textContent = marker.name;
                        layerMarkers.push(L.marker([marker.latitude, marker.longitude], {icon: layerIcon, title: marker.name, alt: marker.name})
                            .bindPopup(link));
                    });
                    toggle();
                    element.dataset[box.dataset.layer + 'Count'] = String(layerMarkers.length);
                });
            box.addEventListener('change', toggle);
        });
        var button = document.getElementById('search-this-area');
        var settled = false;
        map.on('moveend', function () {
            if (settled) {
                button.hidden = false;
            }
        });
        button.addEventListener('click', function () {
            var b = map.getBounds();
            var clamp = function (value, limit) { return Math.max(-limit, Math.min(limit, value)).toFixed(4); };
            var area = [clamp(b.getSouth(), 90), clamp(b.getWest(), 180), clamp(b.getNorth(), 90), clamp(b.getEast(), 180)].join(',');
            var url = element.dataset.areaUrl;
            window.location.assign(url + (url.indexOf('?') >= 0 ? '&' : '?') + 'box=' + encodeURIComponent(area));
        });
    }
})();
