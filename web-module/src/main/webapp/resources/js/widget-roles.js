/*
 * Roles that PrimeFaces leaves out: the 選択 button of a file upload is a focusable span named by
 * aria-labelledby, which only an element with a role may carry (WCAG 4.1.2). PrimeFaces already
 * handles Enter and Space on it, so it is a button. Runs on load and after every ajax update.
 */
(function () {
    'use strict';
    function mark() {
        document.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (button) {
            button.setAttribute('role', 'button');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', mark);
    } else {
        mark();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', mark);
    }
}());
