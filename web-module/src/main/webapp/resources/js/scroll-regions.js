/*
 * A data table that scrolls sideways inside its card (narrow screens) can be scrolled by keyboard:
 * its scrolling box is focusable and named after the table's heading (WCAG 2.1.1). Runs on load
 * and after every PrimeFaces ajax update.
 */
(function () {
    'use strict';
    function mark() {
        document.querySelectorAll('.ui-datatable-tablewrapper').forEach(function (box) {
            if (box.hasAttribute('tabindex')) {
                return;
            }
            var container = box.closest('form, section, main');
            var heading = container && container.querySelector('h2, h3');
            box.setAttribute('tabindex', '0');
            box.setAttribute('role', 'region');
            box.setAttribute('aria-label', (heading ? heading.textContent : document.title).trim());
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
