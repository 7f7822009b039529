// The phone menu: the menu button opens and closes the main navigation (wide screens always show it).
(function () {
    var button = document.querySelector('.menu-toggle');
    var nav = document.getElementById('site-nav');
    if (!button || !nav) {
        return;
    }
    function set(open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        nav.closest('.site-header').classList.toggle('menu-open', open);
    }
    button.addEventListener('click', function () {
        set(button.getAttribute('aria-expanded') !== 'true');
    });
    nav.closest('.site-header').addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            set(false);
            button.focus();
        }
    });
})();

// Suggestions under the search box: names completing what is typed, fetched a quarter of a second after the
// last key; the server's list replaces the datalist and its count is said to screen readers.
(function () {
    var input = document.getElementById('site-search-q');
    if (!input || !input.dataset.suggest || !window.fetch || !window.DOMParser) {
        return;
    }
    var timer = null;
    var asked = '';
    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var text = input.value;
            if (text === asked) {
                return;
            }
            asked = text;
            fetch(input.dataset.suggest + '?q=' + encodeURIComponent(text), {headers: {'Accept': 'text/html'}})
                .then(function (response) { return response.ok ? response.text() : null; })
                .then(function (html) {
                    if (html === null || input.value !== text) {
                        return;
                    }
                    var answer = new DOMParser().parseFromString(html, 'text/html');
                    ['search-suggestions', 'search-suggestions-status'].forEach(function (id) {
                        var fresh = answer.getElementById(id);
                        var current = document.getElementById(id);
                        if (fresh && current) {
                            current.replaceWith(document.importNode(fresh, true));
                        }
                    });
                })
                .catch(function () { /* suggestions are a help, not a need */ });
        }, 250);
    });
})();

// What pages load only when the reader gets near it (a map further down the page): Turath.whenNear runs a
// function once the element is within a screen of the viewport; Turath.explore makes a map drawn by the server
// interactive when the reader asks; Turath.load adds style sheets and scripts in order and resolves when the last
// script has run.
window.Turath = {
    whenNear: function (element, run) {
        if (!('IntersectionObserver' in window)) {
            run();
            return;
        }
        var observer = new IntersectionObserver(function (entries) {
            if (entries.some(function (entry) { return entry.isIntersecting; })) {
                observer.disconnect();
                run();
            }
        }, {rootMargin: '100% 0px'});
        observer.observe(element);
    },
    // A map the server has drawn first (its box has the class "locator"): the interactive map takes the drawing's place
    // once the style sheets and scripts the box names (data-styles, data-scripts) have loaded, when the reader presses
    // the Explore button in the .map-actions after the box, taps the drawing or calls the function returned (a box with
    // no drawing: Turath.whenNear(box, open)); with {wide: true}, at once after the page on a screen wide enough for
    // the map beside its list, unless the browser asks to save data. `draw` makes the interactive map.
    explore: function (element, draw, options) {
        var actions = element.nextElementSibling;
        if (actions && !actions.classList.contains('map-actions')) {
            actions = null;
        }
        var button = actions && actions.querySelector('.map-explore');
        var failed = actions && actions.querySelector('.map-failed-note');
        var opening = null;
        function open() {
            if (!opening) {
                if (button) {
                    button.disabled = true;
                }
                var files = ((element.dataset.styles || '') + ' ' + (element.dataset.scripts || '')).split(' ').filter(Boolean);
                opening = Turath.load(files).then(function () {
                    element.textContent = '';
                    element.classList.remove('locator', 'map-failed');
                    draw();
                    if (button) {
                        button.hidden = true;
                    }
                    return true;
                }, function () {
                    opening = null;
                    if (button) {
                        button.disabled = false;
                    }
                    element.classList.add('map-failed');
                    if (failed) {
                        failed.textContent = failed.dataset.failed;
                    }
                    return false;
                });
            }
            return opening;
        }
        if (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                open().then(function (opened) {
                    if (opened) {
                        element.focus();
                    }
                });
            });
        }
        element.addEventListener('click', function () {
            if (element.classList.contains('locator')) {
                open();
            }
        });
        var saving = navigator.connection && navigator.connection.saveData;
        if (options && options.wide && window.matchMedia('(min-width: 992px)').matches && !saving) {
            if (document.readyState === 'complete') {
                open();
            } else {
                window.addEventListener('load', open, {once: true});
            }
        }
        return open;
    },
    load: function (urls) {
        return urls.reduce(function (previous, url) {
            return previous.then(function () {
                return new Promise(function (resolve, reject) {
                    var css = /\.css$/.test(url);
                    var tag = document.createElement(css ? 'link' : 'script');
                    if (css) {
                        tag.rel = 'stylesheet';
                        tag.href = url;
                        resolve(); // a style sheet need not hold up the scripts
                    } else {
                        tag.src = url;
                        tag.async = false;
                        tag.onload = function () { resolve(); };
                        tag.onerror = reject;
                    }
                    document.head.appendChild(tag);
                });
            });
        }, Promise.resolve());
    }
};
