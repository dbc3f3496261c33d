/*
 * Safeguarding for Jira: adding an entry to a case's agency and sharing log. Sends the form as JSON to the REST API
 * through SafeguardingForms (empty optional fields left out); once recorded, opens the log again with the new entry
 * named in a message that takes the focus. Nothing is kept in the browser.
 */
(function () {
    'use strict';
    var forms = window.SafeguardingForms;

    function optional(value) {
        return value === '' ? undefined : value;
    }

    forms.onReady(function () {
        var recorded = document.getElementById('safeguarding-sharing-recorded');
        if (recorded) {
            recorded.focus();
        }
        var form = document.getElementById('safeguarding-sharing-form');
        if (!form) {
            return;
        }
        var fields = form.elements;
        forms.sendOnSubmit(form, 'safeguarding-sharing-', form.querySelector('#safeguarding-sharing-summary'),
            form.dataset, function () {
                var consent = form.querySelector('input[name="withConsent"]:checked');
                return {
                    method: 'POST',
                    url: form.getAttribute('action'),
                    body: {
                        agency: optional(fields.agency.value),
                        agencyName: optional(fields.agencyName.value),
                        sharedOn: optional(fields.sharedOn.value),
                        channel: optional(fields.channel.value),
                        whatShared: optional(fields.whatShared.value),
                        basis: optional(fields.basis.value),
                        condition: optional(fields.condition.value),
                        withConsent: consent ? consent.value === 'true' : undefined,
                        withoutConsentBecause: optional(fields.withoutConsentBecause.value),
                        theirReference: optional(fields.theirReference.value),
                        corrects: fields.corrects && fields.corrects.value ? Number(fields.corrects.value) : undefined
                    },
                    done: function (saved) {
                        window.location.assign(form.dataset.pageUrl + '&recorded=' + saved.id);
                    }
                };
            });
    });
}());
