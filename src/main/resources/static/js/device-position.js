// "Use this device's position" on a condition report's form: fills the latitude and longitude from the phone's
// location (asked only when the button is pressed), and says what happened in the status line beside it.
(function () {
    'use strict';
    var button = document.getElementById('use-position');
    var latitude = document.getElementById('r-latitude');
    var longitude = document.getElementById('r-longitude');
    var status = document.getElementById('position-status');
    if (!button || !latitude || !longitude || !status || !navigator.geolocation) {
        return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
        button.disabled = true;
        status.textContent = button.dataset.asking || '';
        navigator.geolocation.getCurrentPosition(function (position) {
            latitude.value = position.coords.latitude.toFixed(6);
            longitude.value = position.coords.longitude.toFixed(6);
            status.textContent = (button.dataset.found || '').replace('{0}', String(Math.round(position.coords.accuracy)));
            button.disabled = false;
        }, function () {
            status.textContent = button.dataset.failed || '';
            button.disabled = false;
        }, {enableHighAccuracy: true, timeout: 20000, maximumAge: 60000});
    });
})();
