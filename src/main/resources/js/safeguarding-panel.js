/*
 * Whom to call is fetched from its own page when the worker opens its section, so opening a case costs the same
 * however large the directory; until then, or if it cannot be fetched, the section links to that page.
 * The panel's sections (whom to call, the explanations, the barriers) open as the worker last left them, in this
 * browser. Only whether each section is open is kept, never anything about a case. A lead goes on duty for the
 * case's project, or hands it back, with the duty button, which sends the choice as JSON and shows the page again.
 * Jira draws the issue view again without reloading the page, so the panel is looked for whenever it adds new content
 * as well as on load.
 */
(function () {
    'use strict';
    var KEY = 'safeguarding.panel.open.';
    /** Whether this browser session has had its answer about reading the plan: a flag, nothing about anyone. */
    var PLAN_ASKED = 'safeguarding.plan.asked';

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

    function loadWhenOpened(root) {
        var lists = root.querySelectorAll('[data-safeguarding-services]:not([data-safeguarding-bound])');
        Array.prototype.forEach.call(lists, function (list) {
            var section = list.parentNode;
            list.setAttribute('data-safeguarding-bound', '');
            section.addEventListener('toggle', function load() {
                if (!section.open || list.hasAttribute('aria-busy')) {
                    return;
                }
                list.setAttribute('aria-busy', 'true');
                // The browser keeps the section and asks the server only whether it changed (its ETag).
                fetch(list.dataset.safeguardingServices, {credentials: 'same-origin',
                    headers: {'Accept': 'text/html'}})
                    .then(function (response) {
                        return response.ok ? response.text() : Promise.reject(response.status);
                    }).then(function (html) {
                        section.removeEventListener('toggle', load);
                        // The app's own page, every value escaped by the template that wrote it.
                        list.innerHTML = html;
                    }).catch(function () {
                        // Opening the section again tries again; the link stays meanwhile.
                        if (!list.querySelector('[role=alert]')) {
                            var problem = document.createElement('p');
                            problem.setAttribute('role', 'alert');
                            problem.textContent = list.dataset.textFailed;
                            list.insertBefore(problem, list.firstChild);
                        }
                    }).then(function () {
                        list.removeAttribute('aria-busy');
                    });
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

    /**
     * A changed safeguarding plan, asked about once per version after the view has rendered: the server says whether
     * this is the first time, and records that it was. Once answered, the browser does not ask again this session, so
     * later issue views cost the server nothing; a plan changed meanwhile is asked about next session.
     */
    function askToReadPlan(root) {
        var ask = root.querySelector('#safeguarding-plan-changed');
        if (!ask || ask.getAttribute('data-asked')) {
            return;
        }
        if (window.sessionStorage.getItem(PLAN_ASKED) === 'answered') {
            ask.setAttribute('data-answered', 'true');
            return;
        }
        ask.setAttribute('data-asked', 'true');
        fetch(ask.getAttribute('data-ask'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: '{}'
        }).then(function (response) {
            return response.ok ? response.json() : {ask: false};
        }).then(function (answer) {
            if (answer.ask) {
                ask.querySelector('p').textContent = ask.getAttribute('data-text').replace('{0}', answer.changedOn);
                ask.hidden = false;
            }
            ask.setAttribute('data-answered', 'true');
            window.sessionStorage.setItem(PLAN_ASKED, 'answered');
        }).catch(function () {
            // Asking is never in the way: if it fails, the plan's link is still there.
        });
    }

    function bind(root) {
        loadWhenOpened(root);
        remember(root);
        dutyButtons(root);
        askToReadPlan(root);
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
