// The guided tour: the arrow keys go to the next or the previous stop — in the reading direction, so in Arabic the
// left arrow goes forward — unless the reader is typing or holds a modifier key.
(function () {
    'use strict';
    var nav = document.querySelector('.tour-nav');
    if (!nav) {
        return;
    }
    var rtl = document.documentElement.dir === 'rtl';
    document.addEventListener('keydown', function (event) {
        if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        var target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
            return;
        }
        var forward = rtl ? 'ArrowLeft' : 'ArrowRight';
        var backward = rtl ? 'ArrowRight' : 'ArrowLeft';
        var href = event.key === forward ? nav.dataset.next : event.key === backward ? nav.dataset.previous : null;
        if (href) {
            event.preventDefault();
            window.location.assign(href);
        }
    });
})();
