/*
 * Safeguarding for Jira: recording a marker on a case. Sends the form as JSON to the REST API through
 * SafeguardingForms; once recorded, opens the page again with the new marker named in a message that takes the
 * focus. Nothing is kept in the browser.
 */
(function () {
    'use strict';
    var forms = window.SafeguardingForms;

    forms.onReady(function () {
        var recorded = document.getElementById('safeguarding-markers-recorded');
        if (recorded) {
            recorded.focus();
        }
        var form = document.getElementById('safeguarding-markers-form');
        if (!form) {
            return;
        }
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
}());
