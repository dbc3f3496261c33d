/*
 * The panel's sections (whom to call, the explanations, the barriers) open as the worker last left them, in this
 * browser. Only whether each section is open is kept, never anything about a case. A lead goes on duty for the
 * case's project, or hands it back, with the duty button, which sends the choice as JSON and shows the page again.
 * Jira draws the issue view again without reloading the page, so the panel is looked for whenever it adds new content
 * as well as on load.
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

    function dutyButtons(root) {
        var buttons = root.querySelectorAll('[data-safeguarding-duty]:not([data-safeguarding-bound])');
        Array.prototype.forEach.call(buttons, function (button) {
            button.setAttribute('data-safeguarding-bound', '');
            button.addEventListener('click', function () {
                var problem = button.parentNode.querySelector('#safeguarding-duty-problem');
                fetch(button.dataset.url, {
                    method: 'POST',
                    credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                    body: JSON.stringify({onDuty: button.dataset.safeguardingDuty === 'take'})
                }).then(function (response) {
                    if (response.ok) {
                        window.location.reload();
                        return;
                    }
                    return response.json().then(function (json) {
                        problem.textContent = json.errors[0].message;
                    });
                }).catch(function () {
                    problem.textContent = button.dataset.textFailed;
                });
            });
        });
    }

    function bind(root) {
        remember(root);
        dutyButtons(root);
    }

    document.addEventListener('DOMContentLoaded', function () {
        bind(document);
    });
    if (window.JIRA && JIRA.bind && JIRA.Events && JIRA.Events.NEW_CONTENT_ADDED) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function () {
            bind(document);
        });
    }
}());
