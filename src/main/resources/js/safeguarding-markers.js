/*
 * Safeguarding for Jira: recording a marker on a case, and removing one recorded by mistake. Sends JSON to the REST
 * API through SafeguardingForms; once done, opens the page again with a message that takes the focus. Removing asks
 * first. Nothing is kept in the browser.
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
        var form = document.getElementById('safeguarding-markers-form');
        if (!form) {
            return;
        }
        removeButtons(document.getElementById('safeguarding-markers-remove-confirm'), form.dataset.pageUrl);
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

    /** Each Remove asks in the warning below the list; yes removes the marker and opens the page again. */
    function removeButtons(confirm, pageUrl) {
        if (!confirm) {
            return;
        }
        var question = confirm.querySelector('#safeguarding-markers-remove-question');
        var yes = confirm.querySelector('#safeguarding-markers-remove-yes');
        var no = confirm.querySelector('#safeguarding-markers-remove-no');
        var asked = null;
        document.querySelectorAll('[data-safeguarding-remove]').forEach(function (button) {
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
            var url = confirm.dataset.apiUrl + '/' + encodeURIComponent(asked.dataset.safeguardingRemove) + '/remove';
            forms.send('POST', url, {}).then(function (result) {
                if (result.status === 204) {
                    window.location.assign(pageUrl + '&removed=1');
                    return;
                }
                question.textContent = forms.problemsOf(result, confirm.dataset).map(function (problem) {
                    return problem.message;
                }).join(' ');
                no.focus();
            });
        });
    }
}());
