// Live character counters for fields with a length limit, as the paper forms have: "120 / 3000".
// The count is announced politely only when the field is near its limit, not on every keystroke.
(function () {
    'use strict';
    document.querySelectorAll('[data-counter]').forEach(function (field) {
        var output = document.getElementById(field.dataset.counter);
        if (!output) {
            return;
        }
        var limit = Number(field.getAttribute('maxlength'));
        var update = function () {
            var used = Array.from(field.value).length;
            output.textContent = used + ' / ' + limit;
            var near = used >= limit * 0.9;
            output.classList.toggle('text-danger', near);
            output.setAttribute('aria-live', near ? 'polite' : 'off');
        };
        field.addEventListener('input', update);
        update();
    });
})();
