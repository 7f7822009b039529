// The phone menu: the menu button opens and closes the main navigation (wide screens always show it).
(function () {
    var button = document.querySelector('.menu-toggle');
    var nav = document.getElementById('site-nav');
    if (!button || !nav) {
        return;
    }
    document.documentElement.classList.add('has-menu');
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
