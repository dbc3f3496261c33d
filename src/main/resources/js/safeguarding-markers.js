/*
 * Safeguarding for Jira: recording a marker on a case, removing one recorded by mistake, and linking in Jira the cases
 * a connection ties together. Sends JSON to the REST API through SafeguardingForms; a message says what was done and
 * takes the focus. Removing and linking ask first. Nothing is kept in the browser.
 */
(function () {
    'use strict';
    var forms = window.SafeguardingForms;

    forms.onReady(function () {
        var done = document.getElementById('safeguarding-markers-recorded')
            || document.getElementById('safeguarding-markers-removed');
        if (done) {
            done.focus();
        }
        linkButtons();
        var form = document.getElementById('safeguarding-markers-form');
        if (!form) {
            return;
        }
        removeButtons(form.dataset.pageUrl);
        forms.sendOnSubmit(form, 'safeguarding-markers-', form.querySelector('#safeguarding-markers-summary'),
            form.dataset, function () {
                return {
                    method: 'POST',
                    url: form.getAttribute('action'),
                    body: {
                        kind: form.elements.kind.value || undefined,
                        value: form.elements.value.value || undefined
                    },
                    done: function (saved) {
                        window.location.assign(form.dataset.pageUrl + '&recorded=' + saved.id);
                    }
                };
            });
    });

    /**
     * Buttons whose action asks first, in one warning box (prefix: its ids' start): each names what it acts on
     * (data-name) in the box's question, with the safe answer focused; yes sends {} to the button's address (url)
     * and hands the answer to done, or puts what went wrong in the question.
     */
    function askFirst(prefix, buttons, url, done) {
        var confirm = document.getElementById(prefix + '-confirm');
        if (!confirm) {
            return;
        }
        var question = document.getElementById(prefix + '-question');
        var yes = document.getElementById(prefix + '-yes');
        var no = document.getElementById(prefix + '-no');
        var asked = null;
        buttons.forEach(function (button) {
            button.addEventListener('click', function () {
                asked = button;
                question.textContent = confirm.dataset.textQuestion.replace('{0}', button.dataset.name);
                confirm.hidden = false;
                no.focus();
            });
        });
        no.addEventListener('click', function () {
            confirm.hidden = true;
            asked.focus();
        });
        yes.addEventListener('click', function () {
            forms.send('POST', url(asked), {}).then(function (result) {
                if (result.status >= 200 && result.status < 300) {
                    confirm.hidden = true;
                    done(asked, result);
                    return;
                }
                question.textContent = forms.problemsOf(result, confirm.dataset).map(function (problem) {
                    return problem.message;
                }).join(' ');
                no.focus();
            });
        });
    }

    /** Each Remove asks first; once removed, the page opens again saying so. */
    function removeButtons(pageUrl) {
        var confirm = document.getElementById('safeguarding-markers-remove-confirm');
        askFirst('safeguarding-markers-remove', document.querySelectorAll('[data-safeguarding-remove]'),
            function (button) {
                return confirm.dataset.apiUrl + '/' + encodeURIComponent(button.dataset.safeguardingRemove)
                    + '/remove';
            }, function () {
                window.location.assign(pageUrl + '&removed=1');
            });
    }

    /** Each connection's Link these cases in Jira asks first; once linked, its message says what Jira did. */
    function linkButtons() {
        askFirst('safeguarding-connections-link', document.querySelectorAll('[data-safeguarding-link]'),
            function (button) {
                return button.dataset.safeguardingLink;
            }, function (button, result) {
                var said = button.closest('.safeguarding-connection').querySelector('.safeguarding-connection-linked');
                said.textContent = result.json.message;
                said.hidden = false;
                said.focus();
            });
    }
}());
