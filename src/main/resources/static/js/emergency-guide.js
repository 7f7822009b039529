// The emergency guide on a phone: the ticks of its checklists stay on the device (one set per language and version of
// the guide), a print button, and the service worker that keeps the guide and its PDF for reading offline.
(function () {
    'use strict';
    var main = document.querySelector('main.emergency-guide');
    if (!main) {
        return;
    }
    var key = 'turath.guide.' + document.documentElement.lang + '.' + main.dataset.guideVersion;
    var boxes = Array.prototype.slice.call(main.querySelectorAll('.guide-checks input[type=checkbox]'));
    var ticked = {};
    try {
        ticked = JSON.parse(window.localStorage.getItem(key) || '{}');
    } catch (e) {
        ticked = {};
    }
    boxes.forEach(function (box) {
        box.checked = ticked[box.name] === true;
        box.addEventListener('change', function () {
            ticked[box.name] = box.checked;
            try {
                window.localStorage.setItem(key, JSON.stringify(ticked));
            } catch (e) {
                // private browsing: the ticks last as long as the page
            }
        });
    });
    var reset = document.getElementById('guide-reset');
    reset.hidden = false;
    reset.addEventListener('click', function () {
        ticked = {};
        boxes.forEach(function (box) { box.checked = false; });
        try {
            window.localStorage.removeItem(key);
        } catch (e) {
            // nothing kept
        }
    });
    var print = document.getElementById('guide-print');
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(main.dataset.worker, {scope: main.dataset.scope}).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function () {
            document.getElementById('guide-offline').hidden = false;
            main.dataset.offline = 'ready';
        }).catch(function () {
            main.dataset.offline = 'unavailable';
        });
    }
})();
