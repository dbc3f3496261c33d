/*
 * The panel's sections (whom to call, the explanations, the barriers) open as the worker last left them, in this
 * browser. Only whether each section is open is kept, never anything about a case. Jira draws the issue view again
 * without reloading the page, so the sections are looked for whenever it adds new content as well as on load.
 */
(function () {
    'use strict';
    var KEY = 'safeguarding.panel.open.';

    function remember(root) {
        var sections = root.querySelectorAll('details.safeguarding-section:not([data-safeguarding-remembered])');
        Array.prototype.forEach.call(sections, function (section) {
            section.setAttribute('data-safeguarding-remembered', '');
            try {
                section.open = window.localStorage.getItem(KEY + section.id) === 'open';
            } catch (refused) {
                // A browser that keeps nothing: the sections start closed, as they are drawn.
            }
            section.addEventListener('toggle', function () {
                try {
                    window.localStorage.setItem(KEY + section.id, section.open ? 'open' : 'closed');
                } catch (refused) {
                    // Nothing kept: next time the section starts closed.
                }
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        remember(document);
    });
    if (window.JIRA && JIRA.bind && JIRA.Events && JIRA.Events.NEW_CONTENT_ADDED) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function () {
            remember(document);
        });
    }
}());
