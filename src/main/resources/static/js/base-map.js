// The portal's maps share one base: the country boundaries shipped with the portal, drawn offline,
// and a tile layer only when the deployment configures one (data-tile-url).
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
                .then(function (boundaries) {
                    L.geoJSON(boundaries, {
                        interactive: false,
                        style: {color: '#8a8f98', weight: 0.6, fillColor: '#e9e4d8', fillOpacity: 1}
                    }).addTo(map).bringToBack();
                })
                .catch(function () { /* the markers still show without the base layer */ });
            return map;
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
