// A rich-text editor for descriptions, made from each textarea marked data-rich: paragraphs, bold, italic, lists and
// links, in the text's own direction (an Arabic field is right to left), and a paragraph's direction turned when a
// Latin quotation sits in Arabic text. What is typed goes back to the textarea as HTML on every change, so the form
// posts it as before, and the server keeps only what its sanitiser allows. Without JavaScript the textarea stays.
(function () {
    'use strict';
    var areas = document.querySelectorAll('textarea[data-rich]');
    if (!areas.length || !document.execCommand) {
        return;
    }
    var labels = document.getElementById('rich-editor-labels');
    var say = function (key) {
        return labels && labels.dataset[key] ? labels.dataset[key] : key;
    };
    // (the buttons' signs are symbols, never letters or digits, so that each button's name is all a voice user needs
    // to say: WCAG's "label in name")
    // the HTML the server keeps: <b>/<i> as <strong>/<em>, bare text and <div> lines as paragraphs
    var clean = function (editor) {
        var html = editor.innerHTML
            .replace(/<(\/?)b(\s[^>]*)?>/gi, '<$1strong>')
            .replace(/<(\/?)i(\s[^>]*)?>/gi, '<$1em>')
            .replace(/<div(\s[^>]*)?>/gi, '<p$1>').replace(/<\/div>/gi, '</p>');
        return editor.textContent.trim() === '' ? '' : html;
    };
    var block = function (editor) {
        var selection = window.getSelection();
        if (!selection.rangeCount) {
            return null;
        }
        var node = selection.getRangeAt(0).startContainer;
        while (node && node !== editor) {
            if (node.nodeType === 1 && /^(P|LI|BLOCKQUOTE|DIV)$/.test(node.nodeName)) {
                return node;
            }
            node = node.parentNode;
        }
        return null;
    };
    areas.forEach(function (area, index) {
        var wrapper = document.createElement('div');
        wrapper.className = 'rich-editor';
        var toolbar = document.createElement('div');
        toolbar.className = 'rich-toolbar btn-toolbar';
        toolbar.setAttribute('role', 'toolbar');
        var label = document.querySelector('label[for="' + area.id + '"]');
        toolbar.setAttribute('aria-label', say('toolbar') + (label ? ' — ' + label.textContent.trim() : ''));
        var editor = document.createElement('div');
        editor.className = 'rich-area form-control';
        editor.contentEditable = 'true';
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('aria-multiline', 'true');
        editor.id = area.id + '-editor';
        editor.dir = area.dir || 'auto';
        if (area.lang) {
            editor.lang = area.lang;
        }
        if (label) {
            if (!label.id) {
                label.id = area.id + '-label';
            }
            editor.setAttribute('aria-labelledby', label.id);
            // the label still names the (hidden) textarea; a click on it goes to the editor
            label.addEventListener('click', function (event) {
                event.preventDefault();
                editor.focus();
            });
        }
        ['aria-describedby', 'aria-invalid'].forEach(function (name) {
            if (area.hasAttribute(name)) {
                editor.setAttribute(name, area.getAttribute(name));
            }
        });
        if (area.classList.contains('is-invalid')) {
            editor.classList.add('is-invalid');
        }
        editor.style.minHeight = (Math.max(3, area.rows || 4) * 1.6) + 'em';
        editor.innerHTML = area.value;
        var sync = function () {
            area.value = clean(editor);
        };
        var button = function (key, icon, action) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'btn btn-sm btn-outline-secondary';
            b.setAttribute('aria-label', say(key));
            b.title = say(key);
            b.innerHTML = icon;
            // keeps the selection in the text while the button is pressed
            b.addEventListener('mousedown', function (event) {
                event.preventDefault();
            });
            b.addEventListener('click', function () {
                editor.focus();
                action();
                sync();
            });
            toolbar.appendChild(b);
            return b;
        };
        // bold and italic show the first letter of their name in the page's language (B, G, غ), as word processors do
        button('bold', '<strong aria-hidden="true">' + say('boldSign') + '</strong>', function () {
            document.execCommand('bold');
        });
        button('italic', '<em aria-hidden="true">' + say('italicSign') + '</em>', function () {
            document.execCommand('italic');
        });
        button('bullets', '<span aria-hidden="true">•≡</span>', function () {
            document.execCommand('insertUnorderedList');
        });
        button('numbers', '<span aria-hidden="true">#≡</span>', function () {
            document.execCommand('insertOrderedList');
        });
        button('link', '<span aria-hidden="true">🔗</span>', function () {
            var address = window.prompt(say('linkPrompt'), 'https://');
            if (address && /^https?:\/\/\S+$/i.test(address.trim())) {
                document.execCommand('createLink', false, address.trim());
            }
        });
        button('unlink', '<span aria-hidden="true">✂</span>', function () {
            document.execCommand('unlink');
        });
        button('direction', '<span aria-hidden="true">⇄</span>', function () {
            var paragraph = block(editor);
            if (!paragraph) {
                document.execCommand('formatBlock', false, 'p');
                paragraph = block(editor);
            }
            if (paragraph) {
                var current = paragraph.getAttribute('dir') || getComputedStyle(paragraph).direction;
                paragraph.setAttribute('dir', current === 'rtl' ? 'ltr' : 'rtl');
            }
        });
        button('clear', '<span aria-hidden="true">⌫</span>', function () {
            document.execCommand('removeFormat');
        });
        editor.addEventListener('input', sync);
        editor.addEventListener('blur', sync);
        // pasted text comes in plain, so no outside styles or scripts ride along
        editor.addEventListener('paste', function (event) {
            var text = (event.clipboardData || window.clipboardData).getData('text/plain');
            if (text) {
                event.preventDefault();
                document.execCommand('insertText', false, text);
            }
        });
        editor.addEventListener('focus', function () {
            document.execCommand('defaultParagraphSeparator', false, 'p');
            // typing starts in a paragraph, so every line is one and can take its own direction
            if (editor.textContent.trim() === '' && !editor.querySelector('p, ul, ol')) {
                editor.innerHTML = '<p><br></p>';
                var range = document.createRange();
                range.setStart(editor.firstChild, 0);
                range.collapse(true);
                var selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
            }
        });
        if (area.form) {
            area.form.addEventListener('submit', sync);
        }
        wrapper.appendChild(toolbar);
        wrapper.appendChild(editor);
        area.parentNode.insertBefore(wrapper, area);
        area.hidden = true;
        area.setAttribute('aria-hidden', 'true');
        area.tabIndex = -1;
        wrapper.dataset.index = String(index);
    });
})();
