/*
 * Safeguarding for Jira: the guided "Raise a safeguarding concern" page. One step at a time, the focus on each step's
 * heading; as answers change, the REST assessment says what they mean so far (nothing is stored); any step can save
 * the concern with what is known, as JSON, and the worker then lands on the new case. What was typed stays in the
 * page only, never in browser storage: if Jira logged the worker out, the page keeps it and saves it once they are
 * back from logging in again.
 */
(function () {
    'use strict';
    var forms = window.SafeguardingForms;

    forms.onReady(function () {
        var page = document.querySelector('.safeguarding-raise');
        var form = page && page.querySelector('#safeguarding-raise-form');
        if (!form) {
            return;
        }
        var texts = page.dataset;
        var steps = Array.prototype.slice.call(form.querySelectorAll('.safeguarding-step'));
        var progress = form.querySelector('#safeguarding-raise-progress');
        var problems = page.querySelector('#safeguarding-raise-problems');
        var loggedOut = page.querySelector('#safeguarding-raise-logged-out');
        var assessment = page.querySelector('#safeguarding-raise-assessment');
        var toggle = page.querySelector('.safeguarding-raise-assessment-toggle');
        var showText = toggle ? toggle.textContent : '';
        var current = 0;
        var waiting = null;
        var previousLevel = null;
        var saveWhenBack = false;

        function checked(name) {
            return Array.prototype.map.call(form.querySelectorAll('[name="' + name + '"]:checked'), function (box) {
                return box.value;
            });
        }

        function one(name) {
            var value = checked(name)[0] || (form.elements[name] && form.elements[name].value);
            return value || undefined;
        }

        /** How the worker knows of each sign they ticked: seen, told or not-sure. */
        function signs(how) {
            return checked('indicatorsSeen').filter(function (sign) {
                return one('how.' + sign) === how;
            });
        }

        function screening() {
            var answers = {};
            Array.prototype.forEach.call(form.querySelectorAll('[name^="answers."]:checked'), function (radio) {
                answers[radio.name.substring('answers.'.length)] = radio.value;
            });
            return {
                immediateDanger: one('immediateDanger'),
                answers: answers,
                ageGroup: one('ageGroup'),
                nation: one('nation'),
                situationNow: form.elements.situationNow.value.trim() || undefined,
                whyNow: form.elements.whyNow.value.trim() || undefined,
                language: form.elements.language.value.trim() || undefined,
                interpreterNeeded: one('interpreterNeeded'),
                consent: one('consent'),
                indicatorsSeen: signs('seen').concat(signs('told')),
                supportNeeds: checked('supportNeeds'),
                safeToContact: checked('safeToContact'),
                barriers: checked('barriers')
            };
        }

        /** The words about a referral in the language given, beside the English, by any name it is known by. */
        function showReferralWords() {
            var wanted = form.elements.language.value.trim().toLowerCase();
            form.querySelectorAll('.safeguarding-raise-words-text[data-names]').forEach(function (words) {
                var english = words.getAttribute('lang') === 'en';
                words.hidden = !english && (!wanted || words.dataset.names.split('\n').indexOf(wanted) < 0);
            });
        }

        /** Someone under 18, or who may be, is treated as a child. */
        function treatedAsChild() {
            return ['under-18', 'not-sure'].indexOf(one('ageGroup')) >= 0;
        }

        /** A child, or someone who may be one, is never asked to agree: children's services are always told. */
        function askConsentOfAdultsOnly() {
            var child = treatedAsChild();
            form.querySelector('#safeguarding-raise-consent').hidden = child;
            form.querySelector('#safeguarding-raise-consent-child').hidden = !child;
            if (child) {
                form.querySelectorAll('[name="consent"]').forEach(function (radio) {
                    radio.checked = false;
                });
            }
        }

        /** The kinds of exploitation most often seen first: for a child, criminal exploitation; for an adult, labour. */
        function orderSigns() {
            var position = treatedAsChild() ? 'childPosition' : 'adultPosition';
            var groups = Array.prototype.slice.call(form.querySelectorAll('.safeguarding-raise-signs'));
            var after = groups[groups.length - 1].nextSibling;
            groups.sort(function (a, b) {
                return Number(a.dataset[position]) - Number(b.dataset[position]);
            }).forEach(function (group) {
                after.parentNode.insertBefore(group, after);
            });
        }

        function show(index) {
            current = Math.max(0, Math.min(index, steps.length - 1));
            steps.forEach(function (step, i) {
                step.hidden = i !== current;
            });
            progress.textContent = texts.textStep.replace('{0}', current + 1).replace('{1}', steps.length);
            if (current === steps.length - 1) {
                review();
            }
            steps[current].querySelector('h2').focus();
        }

        /** The last step lists every question with the answer given, in the words the worker chose them by. */
        function review() {
            var list = form.querySelector('#safeguarding-raise-review');
            list.textContent = '';
            steps.slice(0, -1).forEach(function (step) {
                step.querySelectorAll('fieldset:not(.safeguarding-raise-how), .field-group').forEach(function (part) {
                    var asked = part.querySelector('legend, label');
                    var given = part.matches('fieldset')
                        ? Array.prototype.map.call(part.querySelectorAll(
                            'input:checked:not(.safeguarding-raise-how input)'), function (input) {
                                var sign = input.closest('.safeguarding-raise-sign');
                                var how = sign && sign.querySelector('.safeguarding-raise-how input:checked');
                                var label = form.querySelector('label[for="' + input.id + '"]').textContent;
                                return how ? label + ' (' + form.querySelector('label[for="' + how.id + '"]')
                                    .textContent + ')' : label;
                            }).join(', ')
                        : (part.querySelector('select') ? part.querySelector('select option:checked').textContent
                            : (part.querySelector('input, textarea').value || ''));
                    // A list of ticks with none ticked says nothing worth checking; an unanswered question does.
                    var noneTicked = !given && part.querySelector('input[type="checkbox"]');
                    // A question not asked (consent, of a child) is not in the review.
                    if (asked && !noneTicked && !part.hidden && !part.closest('.safeguarding-raise-more:not([open])')
                            && !part.querySelector('#safeguarding-raise-filter')) {
                        list.appendChild(document.createElement('dt')).textContent = asked.textContent.trim();
                        list.appendChild(document.createElement('dd')).textContent = given || texts.textNotAnswered;
                    }
                });
            });
        }

        /**
         * What the answers say so far: the level and how sure, why, the first thing to do, and, when the last answer
         * moved the level, from what to what.
         */
        function assess() {
            forms.send('POST', texts.rest + '/assessment', screening()).then(function (result) {
                if (result.status !== 200) {
                    // Never a level the answers may no longer say: the box says why it cannot say one now.
                    assessment.textContent = '';
                    assessment.appendChild(document.createElement('p')).textContent = texts.textStale;
                    var wrong = assessment.appendChild(document.createElement('ul'));
                    forms.problemsOf(result, texts).forEach(function (problem) {
                        // Said by the field's own label where the page has one: "Language …: This is longer …".
                        var label = problem.field && form.querySelector('label[for="safeguarding-raise-'
                            + problem.field + '"]');
                        wrong.appendChild(document.createElement('li')).textContent = label
                            ? label.textContent.trim() + ': ' + problem.message : problem.message;
                    });
                    previousLevel = null;
                    return;
                }
                var json = result.json;
                assessment.textContent = '';
                var level = assessment.appendChild(document.createElement('p'));
                level.appendChild(document.createElement('strong')).textContent = json.level.text;
                level.appendChild(document.createTextNode(' · ' + json.confidence.text));
                if (previousLevel && previousLevel.id !== json.level.id) {
                    assessment.appendChild(document.createElement('p')).textContent = texts.textChanged
                        .replace('{0}', previousLevel.text).replace('{1}', json.level.text);
                }
                previousLevel = json.level;
                if (json.reasons.length) {
                    var why = assessment.appendChild(document.createElement('ul'));
                    json.reasons.slice(0, 3).forEach(function (reason) {
                        why.appendChild(document.createElement('li')).textContent = reason.text;
                    });
                }
                if (json.actions.length) {
                    var first = assessment.appendChild(document.createElement('p'));
                    first.appendChild(document.createElement('strong')).textContent = texts.textFirst + ' ';
                    first.appendChild(document.createTextNode(json.actions[0].text));
                }
            });
        }

        function danger() {
            page.querySelector('#safeguarding-raise-danger').hidden = one('immediateDanger') !== 'yes';
        }

        function save() {
            problems.hidden = true;
            // The person's number is saved with the case, never sent to be assessed: the assessment needs none.
            var raised = screening();
            raised.personReference = form.elements.personReference.value.trim() || undefined;
            forms.send('POST', texts.rest + '/concerns', {
                project: one('project'),
                summary: form.elements.summary.value.trim() || undefined,
                notes: form.elements.notes.value.trim() || undefined,
                screening: raised,
                signsTold: signs('told'),
                signsNotSure: signs('not-sure')
            }).then(function (result) {
                if (result.status === 201) {
                    window.location.assign(texts.browse + encodeURIComponent(result.json.key));
                    return;
                }
                if (result.status === 401) {
                    saveWhenBack = true;
                    loggedOut.hidden = false;
                    loggedOut.querySelector('a').focus();
                    return;
                }
                forms.showSummary(problems, texts, forms.problemsOf(result, texts));
            });
        }

        // On a phone the reasons and the first step open from the one-line bar on demand (the page's CSS hides them).
        if (toggle) {
            toggle.addEventListener('click', function () {
                var open = toggle.closest('.safeguarding-raise-assessment').classList.toggle('safeguarding-open');
                toggle.setAttribute('aria-expanded', String(open));
                toggle.textContent = open ? toggle.dataset.textHide : showText;
            });
        }

        form.addEventListener('change', function (event) {
            if (event.target.name === 'indicatorsSeen') {
                event.target.closest('.safeguarding-raise-sign').querySelector('.safeguarding-raise-how').hidden =
                    !event.target.checked;
            }
            if (event.target.name === 'ageGroup') {
                askConsentOfAdultsOnly();
                orderSigns();
            }
            danger();
            window.clearTimeout(waiting);
            waiting = window.setTimeout(assess, 250);
        });
        form.elements.language.addEventListener('input', showReferralWords);
        form.querySelector('#safeguarding-raise-filter').addEventListener('input', function (event) {
            var wanted = event.target.value.trim().toLowerCase();
            form.querySelectorAll('.safeguarding-raise-sign').forEach(function (sign) {
                sign.hidden = wanted !== '' && sign.textContent.toLowerCase().indexOf(wanted) < 0;
            });
            // A group with no sign left to show loses its heading too, so the list reads as what matches.
            form.querySelectorAll('.safeguarding-raise-signs').forEach(function (group) {
                group.hidden = !group.querySelector('.safeguarding-raise-sign:not([hidden])');
            });
        });
        form.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button) {
                return;
            }
            if (button.dataset.safeguardingStep) {
                show(current + (button.dataset.safeguardingStep === 'next' ? 1 : -1));
            } else if (button.hasAttribute('data-safeguarding-save')) {
                save();
            }
        });
        // Back from logging in again in another tab: save what was kept, as the worker asked.
        window.addEventListener('focus', function () {
            if (saveWhenBack) {
                saveWhenBack = false;
                loggedOut.hidden = true;
                save();
            }
        });
        // Enter on an answer goes on to the next step, and on the last step saves, as Enter sends a form: the
        // keyboard never has to find the buttons.
        form.addEventListener('keydown', function (event) {
            var field = event.target;
            if (event.key === 'Enter' && field.matches('input') && field.type !== 'search') {
                event.preventDefault();
                if (current < steps.length - 1) {
                    show(current + 1);
                } else {
                    save();
                }
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        // Nothing comes before the first step.
        steps[0].querySelector('[data-safeguarding-step="back"]').hidden = true;
        show(0);
    });
}());
