/*
 * Safeguarding for Jira: recording a course a member of staff completed. Sends the form as JSON to the REST API through
 * SafeguardingForms; once recorded, opens the page again, with a message that takes the focus. Nothing is kept in the
 * browser.
 */
(function () {
    'use strict';
    var forms = window.SafeguardingForms;

    forms.onReady(function () {
        var recorded = document.getElementById('safeguarding-training-recorded');
        if (recorded) {
            recorded.focus();
        }
        var form = document.getElementById('safeguarding-training-form');
        if (!form) {
            return;
        }
        forms.sendOnSubmit(form, 'safeguarding-training-', form.querySelector('#safeguarding-training-summary-problems'),
            form.dataset, function () {
                var course = form.querySelector('input[name="course"]:checked');
                return {
                    method: 'POST',
                    url: form.getAttribute('action'),
                    body: {
                        user: form.elements.user.value || undefined,
                        course: course ? course.value : undefined,
                        completedOn: form.elements.completedOn.value || undefined
                    },
                    done: function () {
                        window.location.assign(form.dataset.pageUrl + '?recorded');
                    }
                };
            });
    });
}());
