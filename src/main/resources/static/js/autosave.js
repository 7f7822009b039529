// Autosave of a dossier section: a few seconds after the person stops typing, the form is posted in
// the background. The file's version comes back with each save, so the next save is not mistaken
// for someone else's. When another person saved meanwhile, or a field is refused, autosave stops
// and says so: the typing stays in the page for a manual save, nothing is overwritten.
(function () {
    'use strict';
    var form = document.querySelector('form[data-autosave]');
    var status = document.getElementById('autosave-status');
    if (!form || !status || !window.fetch) {
        return;
    }
    var timer = null;
    var stopped = false;
    var say = function (key) {
        status.textContent = status.dataset[key] || '';
    };
    var save = function () {
        if (stopped) {
            return;
        }
        say('saving');
        fetch(form.action, {method: 'POST', body: new FormData(form), headers: {'X-Autosave': '1'}, credentials: 'same-origin'})
            .then(function (response) {
                if (response.status === 204) {
                    var version = response.headers.get('X-Version');
                    if (version) {
                        form.querySelector('input[name=version]').value = version;
                    }
                    say('saved');
                } else if (response.status === 409) {
                    stopped = true;
                    say('stale');
                } else {
                    stopped = true;
                    say('refused');
                }
            })
            .catch(function () {
                say('offline');
            });
    };
    form.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, 3000);
    });
    form.addEventListener('submit', function () {
        window.clearTimeout(timer);
        stopped = true;
    });
})();
