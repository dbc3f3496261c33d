/*
 * Safeguarding for Jira: sending a form's JSON to the app's REST API and showing what the server says. The server
 * checks everything, saves nothing when anything is wrong, and names each field to put right; each problem is shown
 * beside its field and in a summary that takes the focus, so a screen reader reads them out. Used by the
 * administration page and the anonymise page.
 */
window.SafeguardingForms = (function () {
    'use strict';

    function onReady(run) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', run);
        } else {
            run();
        }
    }

    /** Sends JSON and answers {status, json}; status 0 when Jira did not answer. */
    function send(method, url, body) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (json) {
                return {status: response.status, json: json};
            });
        }, function () {
            return {status: 0, json: {}};
        });
    }

    /** The problems of a refused request, each {field, message}; a request-wide one when there is no field. */
    function problemsOf(result, texts) {
        if (result.status === 400 && result.json.errors) {
            return result.json.errors;
        }
        if (result.status === 401) {
            return [{message: texts.textPassword}];
        }
        if (result.status > 0 && result.json.errors) {
            return result.json.errors;
        }
        return [{message: texts.textFailed}];
    }

    function clearProblems(form) {
        form.querySelectorAll('.error').forEach(function (error) {
            error.textContent = '';
        });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) {
            input.removeAttribute('aria-invalid');
        });
    }

    /**
     * Shows each problem beside its field (idPrefix + field + "-error"); languages[2] belongs to languages. Returns
     * the problems no field shows, and the first field with a problem.
     */
    function showProblems(form, idPrefix, problems) {
        var unplaced = [];
        var first = null;
        clearProblems(form);
        problems.forEach(function (problem) {
            var field = (problem.field || '').replace(/\[\d+\]$/, '');
            var error = field && form.querySelector('#' + idPrefix + field + '-error');
            if (!error) {
                unplaced.push(problem);
                return;
            }
            error.textContent = error.textContent ? error.textContent + ' ' + problem.message : problem.message;
            var input = form.querySelector('#' + idPrefix + field) || form.querySelector('[name="' + field + '"]');
            if (input) {
                input.setAttribute('aria-invalid', 'true');
                first = first || input;
            }
        });
        return {unplaced: unplaced, first: first};
    }

    /** Lists every problem above the form and moves the focus there, so a screen reader reads them out. */
    function showSummary(summary, texts, problems) {
        summary.textContent = '';
        summary.appendChild(document.createElement('p')).textContent = texts.textProblems;
        var list = summary.appendChild(document.createElement('ul'));
        problems.forEach(function (problem) {
            list.appendChild(document.createElement('li')).textContent = problem.message;
        });
        summary.hidden = false;
        summary.focus();
    }

    /**
     * On submit, sends what request() gives ({method, url, body, done}) as JSON; when it is saved, calls done(saved),
     * otherwise shows each problem beside its field and in the form's summary.
     */
    function sendOnSubmit(form, idPrefix, summary, texts, request) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var sent = request();
            send(sent.method, sent.url, sent.body).then(function (result) {
                if (result.status === 200 || result.status === 201) {
                    sent.done(result.json);
                    return;
                }
                var problems = problemsOf(result, texts);
                showProblems(form, idPrefix, problems);
                showSummary(summary, texts, problems);
            });
        });
    }

    /**
     * Buttons whose action cannot wait for a second look: one warning box (ids: prefix + -confirm, -question, -yes,
     * -no) asks the button's question (ask.question(button)) with the safe answer focused; yes sends {} by POST to
     * ask.url(button) and hands a 2xx answer to ask.done(button, result), or puts what went wrong, in ask.texts' words,
     * where the question was.
     */
    function askFirst(prefix, buttons, ask) {
        var confirm = document.getElementById(prefix + '-confirm');
        if (!confirm) {
            return;
        }
        var question = document.getElementById(prefix + '-question');
        var yes = document.getElementById(prefix + '-yes');
        var no = document.getElementById(prefix + '-no');
        var asked = null;
        Array.prototype.forEach.call(buttons, function (button) {
            button.addEventListener('click', function () {
                asked = button;
                question.textContent = ask.question(button);
                confirm.hidden = false;
                no.focus();
            });
        });
        no.addEventListener('click', function () {
            confirm.hidden = true;
            asked.focus();
        });
        yes.addEventListener('click', function () {
            send('POST', ask.url(asked), {}).then(function (result) {
                if (result.status >= 200 && result.status < 300) {
                    confirm.hidden = true;
                    ask.done(asked, result);
                    return;
                }
                question.textContent = problemsOf(result, ask.texts).map(function (problem) {
                    return problem.message;
                }).join(' ');
                no.focus();
            });
        });
    }

    return {
        onReady: onReady,
        askFirst: askFirst,
        send: send,
        problemsOf: problemsOf,
        clearProblems: clearProblems,
        showProblems: showProblems,
        showSummary: showSummary,
        sendOnSubmit: sendOnSubmit
    };
}());
