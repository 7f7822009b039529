// A condition report's form made for the field: when the connection drops as the report is saved, what was typed is
// kept on the device and sent as soon as the connection is back (the page stays open, or the form is opened again).
// The form's one-time token makes a report sent twice arrive once; each sending asks the page again for a fresh form
// token, so nothing secret is kept on the device.
(function () {
    'use strict';
    var form = document.querySelector('form[data-offline-queue]');
    var status = document.getElementById('offline-status');
    if (!form || !status || !window.fetch || !window.localStorage || !window.URLSearchParams) {
        return;
    }
    var KEY = 'turath-risk-outbox';
    var sending = false;
    var say = function (key) {
        status.textContent = status.dataset[key] || '';
        status.hidden = !status.textContent;
    };
    var outbox = function () {
        try {
            return JSON.parse(localStorage.getItem(KEY) || '[]');
        } catch (e) {
            return [];
        }
    };
    var keep = function (entries) {
        if (entries.length) {
            localStorage.setItem(KEY, JSON.stringify(entries));
        } else {
            localStorage.removeItem(KEY);
        }
    };
    var fields = function () {
        var pairs = [];
        new FormData(form).forEach(function (value, name) {
            if (typeof value === 'string' && name !== '_csrf') {
                pairs.push([name, value]);
            }
        });
        return pairs;
    };
    // the page the form is on, asked again: its form token is the current one
    var freshToken = function (page) {
        return fetch(page, {credentials: 'same-origin'}).then(function (response) {
            if (!response.ok) {
                throw new Error('no page');
            }
            return response.text();
        }).then(function (html) {
            var input = new DOMParser().parseFromString(html, 'text/html').querySelector('input[name=_csrf]');
            if (!input) {
                throw new Error('signed out');
            }
            return input.value;
        });
    };
    var post = function (entry, token) {
        var body = new URLSearchParams();
        entry.fields.forEach(function (pair) {
            body.append(pair[0], pair[1]);
        });
        body.append('_csrf', token);
        return fetch(entry.action, {method: 'POST', body: body, credentials: 'same-origin'});
    };
    // sends what the device keeps, oldest first; stops at the first that cannot go yet
    var flush = function () {
        var entries = outbox();
        if (sending || !entries.length) {
            return;
        }
        sending = true;
        say('sending');
        var entry = entries[0];
        freshToken(entry.page).then(function (token) {
            return post(entry, token);
        }).then(function (response) {
            sending = false;
            keep(outbox().slice(1));
            if (response.redirected) {
                window.location.assign(response.url);
            } else {
                // refused (a field to fix): the page says why, with what was typed
                return response.text().then(function (html) {
                    document.open();
                    document.write(html);
                    document.close();
                });
            }
        }).catch(function () {
            sending = false;
            say('queued');
        });
    };
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var entry = {action: form.action, page: window.location.pathname, fields: fields(), at: Date.now()};
        var token = form.querySelector('input[name=_csrf]');
        post(entry, token ? token.value : '').then(function (response) {
            if (response.redirected) {
                window.location.assign(response.url);
                return;
            }
            return response.text().then(function (html) {
                document.open();
                document.write(html);
                document.close();
            });
        }).catch(function () {
            // no connection: kept on the device, sent when it is back
            var entries = outbox();
            entries.push(entry);
            keep(entries);
            say('queued');
        });
    });
    window.addEventListener('online', flush);
    // some networks come back without saying so: try again every few seconds while something waits
    window.setInterval(function () {
        if (outbox().length) {
            flush();
        }
    }, 5000);
    if (outbox().length) {
        say('queued');
        flush();
    }
})();
