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

    /** Each Remove asks first; once removed, the page opens again saying so. */
    function removeButtons(pageUrl) {
        var confirm = document.getElementById('safeguarding-markers-remove-confirm');
        forms.askFirst('safeguarding-markers-remove', document.querySelectorAll('[data-safeguarding-remove]'), {
            texts: confirm && confirm.dataset,
            question: function (button) {
                return confirm.dataset.textQuestion.replace('{0}', button.dataset.name);
            },
            url: function (button) {
                return confirm.dataset.apiUrl + '/' + encodeURIComponent(button.dataset.safeguardingRemove)
                    + '/remove';
            },
            done: function () {
                window.location.assign(pageUrl + '&removed=1');
            }
        });
    }

    /** Each connection's Link these cases in Jira asks first; once linked, its message says what Jira did. */
    function linkButtons() {
        var confirm = document.getElementById('safeguarding-connections-link-confirm');
        forms.askFirst('safeguarding-connections-link', document.querySelectorAll('[data-safeguarding-link]'), {
            texts: confirm && confirm.dataset,
            question: function (button) {
                return confirm.dataset.textQuestion.replace('{0}', button.dataset.name);
            },
            url: function (button) {
                return button.dataset.safeguardingLink;
            },
            done: function (button, result) {
                var said = button.closest('.safeguarding-connection').querySelector('.safeguarding-connection-linked');
                said.textContent = result.json.message;
                said.hidden = false;
                said.focus();
            }
        });
    }
}());
