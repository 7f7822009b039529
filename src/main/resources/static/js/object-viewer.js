// The deep-zoom viewer of an object's images (OpenSeadragon over the portal's IIIF Image API). The library is
// fetched only when the viewer is near; each image's info.json is read here so its tiles are asked of this very
// address (the id in info.json is the portal's public address, which a test or a mirror may not be). The page's
// own buttons drive it, so they speak the reader's language; inside the viewer the keyboard pans and zooms.
(function () {
    'use strict';
    var element = document.getElementById('object-viewer');
    if (!element || !window.Turath || !window.fetch) {
        return;
    }
    function button(id, action) {
        var b = document.getElementById(id);
        if (b) {
            b.addEventListener('click', action);
        }
    }
    function start(sources) {
        // OpenSeadragon adds a style element that hides its focus outline on touch screens; the CSP refuses it (one
        // console line), which keeps the outline keyboard users on tablets need
        var viewer = OpenSeadragon({
            drawer: 'canvas',
            element: element,
            tileSources: sources,
            sequenceMode: sources.length > 1,
            showNavigationControl: false,
            showSequenceControl: false,
            showNavigator: false,
            visibilityRatio: 0.5,
            minZoomImageRatio: 0.8,
            maxZoomPixelRatio: 2,
            gestureSettingsMouse: {scrollToZoom: false},
            crossOriginPolicy: false
        });
        button('viewer-zoom-in', function () { viewer.viewport.zoomBy(1.5); viewer.viewport.applyConstraints(); });
        button('viewer-zoom-out', function () { viewer.viewport.zoomBy(1 / 1.5); viewer.viewport.applyConstraints(); });
        button('viewer-home', function () { viewer.viewport.goHome(); });
        button('viewer-full', function () { viewer.setFullScreen(!viewer.isFullPage()); });
        // a manuscript read right to left: "next" turns to the next page all the same, the order is the book's
        button('viewer-previous', function () { viewer.goToPage(Math.max(0, viewer.currentPage() - 1)); });
        button('viewer-next', function () { viewer.goToPage(Math.min(sources.length - 1, viewer.currentPage() + 1)); });
        viewer.addHandler('tile-drawn', function () {
            element.classList.add('viewer-ready');
        });
        viewer.addHandler('open', function () {
            element.classList.add('viewer-open');
        });
        window.TurathViewer = viewer;
    }
    Turath.whenNear(element, function () {
        var paths = (element.dataset.sources || '').split(' ').filter(Boolean);
        Promise.all([Turath.load([element.dataset.script])].concat(paths.map(function (path) {
            return fetch(path, {credentials: 'same-origin'}).then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            }).then(function (info) {
                info.id = location.origin + path.replace(/\/info\.json$/, '');
                return info;
            });
        }))).then(function (results) {
            start(results.slice(1));
        }, function () {
            element.classList.add('viewer-failed');
        });
    });
})();
