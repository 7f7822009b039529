// A condition report's form made for the field: when the connection drops as the report is saved, what was typed is
// kept on the device — and the photograph chosen with it, in the browser's IndexedDB — and sent as soon as the
// connection is back (the page stays open, or the form is opened again). The form's one-time token makes a report sent
// twice arrive once; each sending asks the page again for a fresh form token, so nothing secret is kept on the device.
(function () {
    'use strict';
    var form = document.querySelector('form[data-offline-queue]');
    var status = document.getElementById('offline-status');
    if (!form || !status || !window.fetch || !window.localStorage || !window.FormData) {
        return;
    }
    var KEY = 'turath-risk-outbox';
    var DB = 'turath-risk-outbox';
    var STORE = 'files';
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
    // ---- the photographs of a kept report: Blobs do not fit in localStorage, they go to IndexedDB under the entry's id
    var database = function () {
        return new Promise(function (resolve, reject) {
            if (!window.indexedDB) {
                reject(new Error('no IndexedDB'));
                return;
            }
            var opening = indexedDB.open(DB, 1);
            opening.onupgradeneeded = function () {
                opening.result.createObjectStore(STORE);
            };
            opening.onsuccess = function () {
                resolve(opening.result);
            };
            opening.onerror = function () {
                reject(opening.error);
            };
        });
    };
    var inStore = function (mode, work) {
        return database().then(function (db) {
            return new Promise(function (resolve, reject) {
                var transaction = db.transaction(STORE, mode);
                var request = work(transaction.objectStore(STORE));
                transaction.oncomplete = function () {
                    resolve(request && request.result);
                };
                transaction.onerror = function () {
                    reject(transaction.error);
                };
            });
        });
    };
    var keepFiles = function (id, files) {
        return files.length ? inStore('readwrite', function (store) {
            return store.put(files, id);
        }) : Promise.resolve();
    };
    var keptFiles = function (id) {
        return inStore('readonly', function (store) {
            return store.get(id);
        }).then(function (files) {
            return files || [];
        }, function () {
            return [];
        });
    };
    var dropFiles = function (id) {
        return inStore('readwrite', function (store) {
            return store.delete(id);
        }).catch(function () {
        });
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
    var chosenFiles = function () {
        var files = [];
        form.querySelectorAll('input[type=file]').forEach(function (input) {
            if (input.files && input.files[0]) {
                files.push({name: input.name, file: input.files[0], fileName: input.files[0].name});
            }
        });
        return files;
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
    var post = function (entry, token, files) {
        var body = files.length ? new FormData() : new URLSearchParams();
        entry.fields.forEach(function (pair) {
            body.append(pair[0], pair[1]);
        });
        files.forEach(function (kept) {
            body.append(kept.name, kept.file, kept.fileName || 'photo.jpg');
        });
        body.append('_csrf', token);
        return fetch(entry.action, {method: 'POST', body: body, credentials: 'same-origin'});
    };
    var show = function (response) {
        if (response.redirected) {
            window.location.assign(response.url);
            return;
        }
        // refused (a field to fix): the page says why, with what was typed
        return response.text().then(function (html) {
            document.open();
            document.write(html);
            document.close();
        });
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
        Promise.all([freshToken(entry.page), entry.files ? keptFiles(entry.id) : Promise.resolve([])]).then(function (got) {
            return post(entry, got[0], got[1]);
        }).then(function (response) {
            sending = false;
            keep(outbox().slice(1));
            return dropFiles(entry.id).then(function () {
                return show(response);
            });
        }).catch(function () {
            sending = false;
            say('queued');
        });
    };
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var files = chosenFiles();
        var entry = {id: String(Date.now()) + '-' + Math.random().toString(36).slice(2), action: form.action,
            page: window.location.pathname, fields: fields(), files: files.length > 0, at: Date.now()};
        var token = form.querySelector('input[name=_csrf]');
        post(entry, token ? token.value : '', files).then(show).catch(function () {
            // no connection: kept on the device (the photograph too), sent when it is back
            keepFiles(entry.id, files).then(function () {
                return true;
            }, function () {
                // the browser keeps no files (a private window): the report is kept without its photograph
                entry.files = false;
                say('queuedWithoutPhoto');
                return false;
            }).then(function (withFiles) {
                var entries = outbox();
                entries.push(entry);
                keep(entries);
                if (withFiles || !files.length) {
                    say('queued');
                }
            });
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
