// The editor's map: shows the item's point and its components, and places the coordinates of the
// row last focused (the item itself or a component) where the map is clicked. Typing the numbers
// works just as well; the map only helps.
(function () {
    'use strict';
    var element = document.getElementById('pick-map');
    if (!element || !window.L || !window.TurathMap) {
        return;
    }
    var form = element.closest('form');
    var map = window.TurathMap.create(element, {center: [25, 30], zoom: 2});
    var layer = L.layerGroup().addTo(map);
    var status = document.getElementById('pick-status');
    var active = form.querySelector('[data-coordinates="main"]');

    function inputs(row) {
        return {
            lat: row.querySelector('[data-coordinate="latitude"]'),
            lng: row.querySelector('[data-coordinate="longitude"]')
        };
    }

    function draw() {
        layer.clearLayers();
        var bounds = [];
        form.querySelectorAll('[data-coordinates]').forEach(function (row, index) {
            var field = inputs(row);
            var lat = parseFloat(field.lat.value), lng = parseFloat(field.lng.value);
            if (isFinite(lat) && isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
                var label = row.dataset.coordinates === 'main' ? '★' : String(index);
                window.TurathMap.marker([lat, lng], label).addTo(layer);
                bounds.push([lat, lng]);
            }
        });
        return bounds;
    }

    form.addEventListener('focusin', function (event) {
        var row = event.target.closest('[data-coordinates]');
        if (row) {
            active = row;
        }
    });
    form.addEventListener('change', function (event) {
        if (event.target.matches('[data-coordinate]')) {
            draw();
        }
    });
    map.on('click', function (event) {
        var field = inputs(active);
        field.lat.value = event.latlng.lat.toFixed(6);
        field.lng.value = L.Util.wrapNum(event.latlng.lng, [-180, 180], true).toFixed(6);
        draw();
        if (status) {
            status.textContent = element.dataset.placed + ' ' + field.lat.value + ', ' + field.lng.value;
        }
    });
    var bounds = draw();
    if (bounds.length === 1) {
        map.setView(bounds[0], 7);
    } else if (bounds.length > 1) {
        map.fitBounds(bounds, {padding: [30, 30], maxZoom: 9});
    }
})();
