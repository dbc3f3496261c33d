/*
 * Safeguarding for Jira: the anonymise page's confirmation. Sends the case key the lead typed, and before the case's
 * retention review date whether they mean to anonymise it sooner, to the REST API as JSON through SafeguardingForms; once done, hides the form and says so, with the focus on the message.
 */
(function () {
    'use strict';
    var forms = window.SafeguardingForms;

    forms.onReady(function () {
        var form = document.getElementById('safeguarding-anonymise-form');
        if (!form) {
            return;
        }
        var texts = form.dataset;
        forms.sendOnSubmit(form, 'safeguarding-anonymise-', form.querySelector('#safeguarding-anonymise-summary'),
            texts, function () {
                return {
                    method: 'POST',
                    url: form.getAttribute('action'),
                    body: {
                        confirm: form.elements.confirm.value,
                        beforeReview: form.elements.beforeReview ? form.elements.beforeReview.checked : false
                    },
                    done: function () {
                        var done = document.getElementById('safeguarding-anonymise-done');
                        form.hidden = true;
                        done.hidden = false;
                        done.focus();
                    }
                };
            });
    });
}());
