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
        var shareOnly = form.querySelector('#safeguarding-sharing-share-only');
        var notSharedOnly = form.querySelector('#safeguarding-sharing-not-shared-only');

        /** A decision not to share asks why not, and nothing about how, on which basis or with whose consent. */
        function shared() {
            var chosen = form.querySelector('input[name="shared"]:checked');
            return !chosen || chosen.value === 'true';
        }

        function showForDecision() {
            shareOnly.hidden = !shared();
            notSharedOnly.hidden = shared();
        }

        Array.prototype.forEach.call(form.querySelectorAll('input[name="shared"]'), function (radio) {
            radio.addEventListener('change', showForDecision);
        });
        showForDecision();
        forms.sendOnSubmit(form, 'safeguarding-sharing-', form.querySelector('#safeguarding-sharing-summary'),
            form.dataset, function () {
                var consent = form.querySelector('input[name="withConsent"]:checked');
                var told = form.querySelector('input[name="personTold"]:checked');
                var share = shared();
                return {
                    method: 'POST',
                    url: form.getAttribute('action'),
                    body: {
                        shared: share,
                        agency: optional(fields.agency.value),
                        agencyName: optional(fields.agencyName.value),
                        sharedOn: optional(fields.sharedOn.value),
                        channel: share ? optional(fields.channel.value) : undefined,
                        whatShared: optional(fields.whatShared.value),
                        basis: share ? optional(fields.basis.value) : undefined,
                        condition: share ? optional(fields.condition.value) : undefined,
                        criminalCondition: share ? optional(fields.criminalCondition.value) : undefined,
                        withConsent: share && consent ? consent.value === 'true' : undefined,
                        withoutConsentBecause: share ? optional(fields.withoutConsentBecause.value) : undefined,
                        notSharedBecause: share ? undefined : optional(fields.notSharedBecause.value),
                        purpose: optional(fields.purpose.value),
                        decidedBy: optional(fields.decidedBy.value),
                        personTold: told ? told.value === 'true' : undefined,
                        notToldBecause: optional(fields.notToldBecause.value),
                        agreementReference: optional(fields.agreementReference.value),
                        urgent: fields.urgent.checked,
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
