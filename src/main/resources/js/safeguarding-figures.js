/*
 * Safeguarding for Jira: publishing a year's figures for trustees. Each year's form sends an empty JSON object to the
 * REST API through SafeguardingForms; once published, the page is loaded again to show the year as published.
 */
(function () {
    'use strict';
    var forms = window.SafeguardingForms;

    forms.onReady(function () {
        document.querySelectorAll('form.safeguarding-figures-publish').forEach(function (form) {
            forms.sendOnSubmit(form, 'safeguarding-figures-', form.querySelector('.safeguarding-figures-summary'),
                form.dataset, function () {
                    return {
                        method: 'POST',
                        url: form.getAttribute('action'),
                        body: {},
                        done: function () {
                            window.location.reload();
                        }
                    };
                });
        });
    });
}());
