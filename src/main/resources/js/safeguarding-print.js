/*
 * The Print button of the printable pages: the browser's own print, which the print stylesheet shapes. A page that
 * records its prints (the handout: data-printed on the button, where {case} stands for the case the page was opened
 * for, so that nothing on the page names it) tells the app each time the browser prints it, by the button or by the
 * browser's own menu or keys; the request outlives the print dialog.
 */
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('safeguarding-print');
    if (!button) {
        return;
    }
    button.addEventListener('click', function () {
        window.print();
    });
    var printed = button.getAttribute('data-printed');
    if (printed) {
        window.addEventListener('beforeprint', function () {
            var caseKey = new URLSearchParams(window.location.search).get('case') || '';
            fetch(printed.replace('{case}', encodeURIComponent(caseKey.trim())), {
                method: 'POST',
                credentials: 'same-origin',
                keepalive: true,
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: '{}'
            });
        });
    }
});

/*
 * "I have read it" under the safeguarding plan: records, for this version of the plan, that the user has read it, and
 * says so in place of the question. Nothing of a case goes with it.
 */
document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('safeguarding-plan-read');
    if (!form) {
        return;
    }
    var status = document.getElementById('safeguarding-plan-read-status');
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        fetch(form.getAttribute('data-read'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: '{}'
        }).then(function (response) {
            if (response.status !== 204) {
                throw new Error('not recorded');
            }
            form.hidden = true;
            status.textContent = form.getAttribute('data-text-done');
        }).catch(function () {
            status.textContent = form.getAttribute('data-text-failed');
        });
    });
});
