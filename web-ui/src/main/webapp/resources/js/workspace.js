/*
 * The workspace pages' repair of PrimeFaces' file upload for screen readers and keyboards. Its
 * "choose" control is a focusable span labelled by its text, with the file input laid invisibly
 * over it. The span gets the button role (axe: aria-prohibited-attr) and the input moves out beside
 * it, so that no control is nested in another (axe: nested-interactive); a click, Enter or Space on
 * the button opens the file chooser through the input, found by its id (the upload plugin replaces
 * the input after each choice, keeping the id). Run at load and after every Ajax update.
 */
(function () {
    function choose(event) {
        var input = document.getElementById(event.currentTarget.getAttribute('data-file-input'));
        if (!input) {
            return;
        }
        if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') {
            return;
        }
        event.preventDefault();
        input.click();
    }

    function repair() {
        document.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (button) {
            var input = button.querySelector('input[type="file"]');
            button.setAttribute('role', 'button');
            button.removeAttribute('title');
            if (input) {
                button.setAttribute('data-file-input', input.id);
                button.parentNode.insertBefore(input, button.nextSibling);
                button.addEventListener('click', choose);
                button.addEventListener('keydown', choose);
            }
        });
    }

    document.addEventListener('DOMContentLoaded', repair);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', repair);
    }
})();
