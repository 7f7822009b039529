// The portal's maps share one base: the country boundaries shipped with the portal (TopoJSON, a third of
// the GeoJSON's weight, decoded by topojson-client), drawn offline, and a tile layer only when the
// deployment configures one (data-tile-url).
(function () {
    'use strict';
    window.TurathMap = {
        create: function (element, options) {
            // without tiles nothing sets a zoom range, and marker clustering needs one
            var map = L.map(element, Object.assign({scrollWheelZoom: false, minZoom: 1, maxZoom: 18}, options || {}));
            if (element.dataset.tileUrl) {
                L.tileLayer(element.dataset.tileUrl, {attribution: element.dataset.tileAttribution || ''}).addTo(map);
            }
            fetch(element.dataset.boundaries)
                .then(function (response) { return response.json(); })
                .then(function (shipped) {
                    var boundaries = shipped.type === 'Topology'
                        ? topojson.feature(shipped, shipped.objects[Object.keys(shipped.objects)[0]]) : shipped;
                    L.geoJSON(boundaries, {
                        interactive: false,
                        style: {color: '#a39c8a', weight: 0.6, fillColor: '#f3efe4', fillOpacity: 1}
                    }).addTo(map).bringToBack();
                    TurathMap.labels(map, boundaries);
                })
                .catch(function () { /* the markers still show without the base layer */ });
            return map;
        },
        // country names in the page's language, from the shipped boundaries, shown once the reader zooms in
        labels: function (map, boundaries) {
            var container = map.getContainer();
            var drawn = false;
            var show = function () {
                var near = map.getZoom() >= 4;
                // the labels are made the first time the reader zooms in, not while the page loads
                if (near && !drawn) {
                    drawn = true;
                    TurathMap.drawLabels(map, boundaries);
                }
                container.classList.toggle('labels-on', near);
            };
            map.on('zoomend', show);
            show();
        },
        drawLabels: function (map, boundaries) {
            var lang = document.documentElement.lang;
            var group = L.layerGroup();
            boundaries.features.forEach(function (feature) {
                var p = feature.properties;
                var name = (lang === 'ar' && p.name_ar) || (lang === 'fr' && p.name_fr) || p.name;
                var largest = null;
                var size = -1;
                var polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
                polygons.forEach(function (polygon) {
                    var bounds = L.latLngBounds(polygon[0].map(function (c) { return [c[1], c[0]]; }));
                    var area = (bounds.getNorth() - bounds.getSouth()) * (bounds.getEast() - bounds.getWest());
                    if (area > size) {
                        size = area;
                        largest = bounds;
                    }
                });
                if (!largest || !name) {
                    return;
                }
                var label = document.createElement('span');
                label.textContent = name;
                label.lang = lang;
                group.addLayer(L.marker(largest.getCenter(), {
                    icon: L.divIcon({className: 'country-label', html: label, iconSize: null}),
                    interactive: false, keyboard: false
                }));
            });
            group.addTo(map);
        },
        // the class of a marker by the item's kind and status (TANGIBLE_CULTURAL → kind-tangible-cultural)
        // markers of a layer other than the List (museums…), clustered in the layer's own colour and shape
        // options: the cluster group's own, over these defaults (e.g. {animate: false})
        layerClusters: function (key, options) {
            return L.markerClusterGroup(L.extend({showCoverageOnHover: false, maxClusterRadius: 80, iconCreateFunction: function (cluster) {
                var count = document.createElement('span');
                count.textContent = String(cluster.getChildCount());
                return L.divIcon({className: 'map-dot map-cluster kind-' + key, html: count.outerHTML, iconSize: [32, 32]});
            }}, options || {}));
        },
        layerIcon: function (key) {
            return L.divIcon({className: 'map-dot kind-' + key, html: '<span></span>', iconSize: [24, 24], iconAnchor: [12, 12]});
        },
        kindClass: function (kind, status) {
            var key = function (value) { return String(value || '').toLowerCase().replace(/_/g, '-'); };
            return (kind ? ' kind-' + key(kind) : '') + (status === 'IN_DANGER' ? ' in-danger' : '');
        },
        marker: function (point, name) {
            return L.circleMarker(point, {radius: 8, color: '#0b5d52', weight: 2, fillColor: '#15977f', fillOpacity: 0.9})
                .bindTooltip(TurathMap.text(name), {direction: 'top'});
        },
        // Leaflet takes a string given to a tooltip or popup as HTML: names typed by people go in as a text node only
        text: function (text) {
            var span = document.createElement('span');
            span.textContent = text == null ? '' : String(text);
            return span;
        }
    };
})();
