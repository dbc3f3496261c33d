/*
 * Safeguarding for Jira: the administration page's forms. Every change goes to the app's REST API as JSON through
 * SafeguardingForms (safeguarding-forms.js). Texts come from the page (data-text-*), in the admin's language.
 */
(function () {
    'use strict';
    var STATUS_KEY = 'safeguarding.admin.status';
    /** Fired on a group field when Jira's suggestions for it have arrived. */
    var SUGGESTED = 'safeguarding:suggested';
    var forms = window.SafeguardingForms;
    var send = forms.send;
    var problemsOf = forms.problemsOf;
    var clearProblems = forms.clearProblems;
    var showProblems = forms.showProblems;
    var showSummary = forms.showSummary;

    function format(pattern, value) {
        return pattern.replace('{0}', value);
    }

    /** After a change the page reloads to show the directory as now stored; the message survives the reload. */
    function doneAndReload(message) {
        window.sessionStorage.setItem(STATUS_KEY, message);
        window.location.reload();
    }

    function showSavedStatus(page) {
        var message = window.sessionStorage.getItem(STATUS_KEY);
        var status = page.querySelector('#safeguarding-admin-status');
        if (message) {
            window.sessionStorage.removeItem(STATUS_KEY);
            status.textContent = message;
            status.hidden = false;
            status.focus();
        }
    }

    /** Sends the form as forms.sendOnSubmit does; once saved, reloads the page with done(saved)'s message. */
    function sendOnSubmit(form, idPrefix, summary, texts, request) {
        forms.sendOnSubmit(form, idPrefix, summary, texts, function () {
            var sent = request();
            var message = sent.done;
            sent.done = function (saved) {
                doneAndReload(message(saved));
            };
            return sent;
        });
    }

    function checkedValues(form, name) {
        return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
            return box.checked;
        }).map(function (box) {
            return box.value;
        });
    }

    function optional(value) {
        var trimmed = value.trim();
        return trimmed === '' ? undefined : trimmed;
    }

    function suggestedId(name) {
        return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    }

    function entryForm(page, api, texts) {
        var form = page.querySelector('#safeguarding-entry-form');
        var heading = form.querySelector('#safeguarding-entry-heading');
        var summary = form.querySelector('#safeguarding-entry-summary');
        var idGroup = form.querySelector('#safeguarding-entry-id').closest('.field-group');
        var cancel = form.querySelector('#safeguarding-entry-cancel');
        var field = function (name) {
            return form.elements[name];
        };

        function read() {
            return {
                id: form.dataset.editing ? undefined : optional(field('id').value),
                name: optional(field('name').value),
                phone: optional(field('phone').value),
                url: optional(field('url').value),
                nations: checkedValues(form, 'nations'),
                audience: optional(field('audience').value),
                genders: checkedValues(form, 'genders'),
                category: optional(field('category').value),
                languages: field('languages').value.split(',').map(function (language) {
                    return language.trim();
                }).filter(function (language) {
                    return language !== '';
                }),
                verifiedOn: optional(field('verifiedOn').value),
                source: optional(field('source').value),
                notes: optional(field('notes').value)
            };
        }

        function fill(entry) {
            ['name', 'phone', 'url', 'audience', 'category', 'verifiedOn', 'source', 'notes'].forEach(function (name) {
                field(name).value = entry[name] || '';
            });
            field('languages').value = (entry.languages || []).join(', ');
            ['nations', 'genders'].forEach(function (name) {
                form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
                    box.checked = (entry[name] || []).indexOf(box.value) >= 0;
                });
            });
        }

        function startAdding() {
            form.reset();
            clearProblems(form);
            summary.hidden = true;
            delete form.dataset.editing;
            delete field('id').dataset.typed;
            heading.textContent = texts.textAdd;
            idGroup.hidden = false;
            cancel.hidden = true;
        }

        field('name').addEventListener('input', function () {
            if (!form.dataset.editing && !field('id').dataset.typed) {
                field('id').value = suggestedId(field('name').value);
            }
        });
        field('id').addEventListener('input', function () {
            field('id').dataset.typed = 'true';
        });
        cancel.addEventListener('click', function () {
            startAdding();
            heading.focus();
        });

        page.querySelectorAll('[data-safeguarding-edit]').forEach(function (button) {
            button.addEventListener('click', function () {
                var id = button.dataset.safeguardingEdit;
                send('GET', api).then(function (result) {
                    var entry = result.status === 200 && result.json.entries.filter(function (candidate) {
                        return candidate.id === id;
                    })[0];
                    startAdding();
                    if (!entry) {
                        showSummary(summary, texts, problemsOf(result, texts));
                        return;
                    }
                    fill(entry);
                    form.dataset.editing = id;
                    heading.textContent = format(texts.textChange, entry.name);
                    idGroup.hidden = true;
                    cancel.hidden = false;
                    heading.focus();
                });
            });
        });

        sendOnSubmit(form, 'safeguarding-entry-', summary, texts, function () {
            var editing = form.dataset.editing;
            return {
                method: editing ? 'PUT' : 'POST',
                url: editing ? api + '/' + encodeURIComponent(editing) : api,
                body: read(),
                done: function (saved) {
                    return format(editing ? texts.textChanged : texts.textAdded, saved.name);
                }
            };
        });
    }

    function settingsForm(page, api, texts) {
        var form = page.querySelector('#safeguarding-settings-form');
        sendOnSubmit(form, 'safeguarding-settings-', form.querySelector('#safeguarding-settings-summary'), texts,
            function () {
                return {
                    method: 'PUT',
                    url: api,
                    body: {
                        nations: checkedValues(form, 'nations'),
                        firstResponder: form.elements.firstResponder.checked,
                        dutyToNotify: form.elements.dutyToNotify.checked,
                        leadGroup: optional(form.elements.leadGroup.value),
                        leadProjectRole: optional(form.elements.leadProjectRole.value),
                        assignToLeadOnDuty: form.elements.assignToLeadOnDuty.checked,
                        retentionYears: optional(form.elements.retentionYears.value),
                        trainingRefresherMonths: optional(form.elements.trainingRefresherMonths.value),
                        staffRecordsMonths: optional(form.elements.staffRecordsMonths.value),
                        organisationType: checkedValues(form, 'organisationType')[0] || null,
                        policyDocument: optional(form.elements.policyDocument.value),
                        organisationName: optional(form.elements.organisationName.value),
                        callBackNumber: optional(form.elements.callBackNumber.value),
                        staffGroup: optional(form.elements.staffGroup.value)
                    },
                    done: function () {
                        return texts.textSettings;
                    }
                };
            });
        leadsPreview(form, api, texts);
        groupSuggestions(form.elements.leadGroup, form.querySelector('#safeguarding-settings-leadGroup-choices'));
        groupSuggestions(form.elements.staffGroup, form.querySelector('#safeguarding-settings-staffGroup-choices'));
    }

    /**
     * As a group is typed, the groups Jira has with those letters, from Jira's own group picker, to choose from.
     * Where Jira does not answer, the name is typed in full as before.
     */
    function groupSuggestions(input, choices) {
        var picker = AJS.contextPath() + '/rest/api/2/groups/picker?maxResults=20&query=';
        var waiting;
        input.addEventListener('input', function () {
            clearTimeout(waiting);
            waiting = setTimeout(function () {
                send('GET', picker + encodeURIComponent(input.value.trim())).then(function (result) {
                    if (result.status !== 200 || !result.json || !Array.isArray(result.json.groups)) {
                        return;
                    }
                    choices.replaceChildren.apply(choices, result.json.groups.map(function (group) {
                        var option = document.createElement('option');
                        option.value = group.name;
                        return option;
                    }));
                    input.dispatchEvent(new Event(SUGGESTED));
                });
            }, 200);
        });
    }

    /** Whether what is in the field is one of the groups Jira suggested: a group chosen, not half a name. */
    function chosenFromSuggestions(input, choices) {
        var group = input.value.trim();
        return Array.prototype.some.call(choices.options, function (option) {
            return option.value === group;
        });
    }

    /**
     * Who the leads' group would make leads, before anything is saved: as soon as a group Jira suggested is chosen
     * or typed in full, and when the field is left with any other name; on opening, who they are now.
     */
    function leadsPreview(form, api, texts) {
        var input = form.elements.leadGroup;
        var choices = form.querySelector('#safeguarding-settings-leadGroup-choices');
        var shown = form.querySelector('#safeguarding-settings-leadGroup-members');
        var asked = null;
        function showMembers() {
            var group = input.value.trim();
            if (group === asked) {
                return;
            }
            asked = group;
            if (!group) {
                shown.textContent = '';
                return;
            }
            send('GET', api + '/leads?group=' + encodeURIComponent(group)).then(function (result) {
                var leads = result.json;
                if (group !== asked) {
                    // Another group was chosen while Jira answered about this one.
                    return;
                }
                if (result.status !== 200) {
                    shown.textContent = '';
                } else if (!leads.known) {
                    shown.textContent = format(texts.textLeadsUnknown, group);
                } else if (leads.count === 0) {
                    shown.textContent = format(texts.textLeadsEmpty, group);
                } else {
                    shown.textContent = format(texts.textLeadsMembers, leads.members.join(', '))
                        + (leads.count > leads.members.length ? ' ' + format(texts.textLeadsMore,
                            leads.count - leads.members.length) : '');
                }
            });
        }
        function showMembersOfAChosenGroup() {
            if (chosenFromSuggestions(input, choices)) {
                showMembers();
            }
        }
        input.addEventListener('input', showMembersOfAChosenGroup);
        input.addEventListener(SUGGESTED, showMembersOfAChosenGroup);
        input.addEventListener('change', showMembers);
        // The saved group's members too, so every visit shows who the leads are now.
        showMembers();
    }

    function planForm(page, api, texts) {
        var form = page.querySelector('#safeguarding-plan-form');
        sendOnSubmit(form, 'safeguarding-plan-form-', form.querySelector('#safeguarding-plan-summary'), texts,
            function () {
                var plan = {};
                Array.prototype.forEach.call(form.querySelectorAll('textarea'), function (part) {
                    plan[part.name] = part.value;
                });
                return {
                    method: 'PUT',
                    url: api,
                    body: plan,
                    done: function () {
                        return texts.textPlan;
                    }
                };
            });
    }

    function retireButtons(page, api, texts) {
        forms.askFirst('safeguarding-retire', page.querySelectorAll('[data-safeguarding-retire]'), {
            texts: texts,
            question: function (button) {
                return format(texts.textRetireQuestion, button.dataset.name);
            },
            url: function (button) {
                return api + '/' + encodeURIComponent(button.dataset.safeguardingRetire) + '/retire';
            },
            done: function (button) {
                doneAndReload(format(texts.textRetired, button.dataset.name));
            }
        });
    }

    /** Fills a list with one item per text, and shows its block when there is any. */
    function list(block, items) {
        var ul = block.querySelector('ul');
        ul.textContent = '';
        items.forEach(function (item) {
            ul.appendChild(document.createElement('li')).textContent = item;
        });
        block.hidden = items.length === 0;
    }

    /**
     * Enable, Disable or Stop Jira's e-mails beside a project asks the server what would change (or why it cannot be done) and shows it;
     * only Confirm changes anything, and the server plans again before it does.
     */
    function enablementButtons(page, rest, texts) {
        var panel = page.querySelector('#safeguarding-enablement');
        if (!panel) {
            return;
        }
        var heading = panel.querySelector('#safeguarding-enablement-heading');
        var yes = panel.querySelector('#safeguarding-enablement-yes');
        var asked = null;
        var notesShown = [];
        // Each action's heading and what the page says once it is done, both naming the project.
        var words = {
            enable: [texts.textEnableHeading, texts.textEnabled],
            disable: [texts.textDisableHeading, texts.textDisabled],
            'stop-jira-emails': [texts.textStopJiraEmailsHeading, texts.textJiraEmailsStopped]
        };

        function url(button) {
            return rest + '/projects/' + encodeURIComponent(button.dataset.project) + '/enablement';
        }

        function show(plan) {
            list(panel.querySelector('#safeguarding-enablement-reasons'), plan.reasons);
            notesShown = plan.notes || [];
            list(panel.querySelector('#safeguarding-enablement-notes'), notesShown);
            list(panel.querySelector('#safeguarding-enablement-changes'), plan.changes.map(function (change) {
                return change.text;
            }));
            panel.querySelector('#safeguarding-enablement-nothing').hidden = !plan.nothingToDo;
            // Enabling again changes no scheme but brings the project's shared filters up to date.
            yes.hidden = plan.blocked || (plan.nothingToDo && plan.action !== 'enable');
        }

        page.querySelectorAll('[data-safeguarding-enablement]').forEach(function (button) {
            button.addEventListener('click', function () {
                var action = button.dataset.safeguardingEnablement;
                asked = button;
                heading.textContent = format(words[action][0], button.dataset.name);
                // Taking a project's e-mails or the app away is not undone by a click: Jira's warning style says so.
                yes.classList.toggle('aui-button-primary', action === 'enable');
                yes.classList.toggle('aui-button-warning', action !== 'enable');
                send('GET', url(button) + '?action=' + action).then(function (result) {
                    show(result.status === 200 ? result.json : {
                        changes: [], blocked: true, nothingToDo: false,
                        reasons: problemsOf(result, texts).map(function (problem) {
                            return problem.message;
                        })
                    });
                    panel.hidden = false;
                    heading.focus();
                });
            });
        });
        panel.querySelector('#safeguarding-enablement-no').addEventListener('click', function () {
            panel.hidden = true;
            asked.focus();
        });
        yes.addEventListener('click', function () {
            var action = asked.dataset.safeguardingEnablement;
            send('POST', url(asked), {action: action}).then(function (result) {
                if (result.status === 200) {
                    // What making the changes found out (the shared filters made), not what the admin read already.
                    doneAndReload([format(words[action][1], asked.dataset.name)].concat((result.json.notes || [])
                        .filter(function (note) {
                            return notesShown.indexOf(note) < 0;
                        })).join(' '));
                    return;
                }
                show({changes: [], blocked: true, nothingToDo: false, reasons: problemsOf(result, texts)
                    .map(function (problem) {
                        return problem.message;
                    })});
                heading.focus();
            });
        });
    }

    /** A key from the project's name, as Jira's own form suggests one: its words' initials, or its first letters. */
    function suggestedKey(name) {
        var words = name.toUpperCase().replace(/[^A-Z ]/g, '').split(' ').filter(Boolean);
        var key = words.length > 1 ? words.map(function (word) {
            return word.charAt(0);
        }).join('') : (words[0] || '').substring(0, 4);
        return key.substring(0, 10);
    }

    /**
     * Create a Safeguarding project: the server makes the project and enables it, then the page reloads to show it
     * ready, with Enable's notes and anything left to the admin.
     */
    function createProjectForm(page, rest, texts) {
        var form = page.querySelector('#safeguarding-create-project-form');
        var key = form.elements.key;
        var keyTyped = false;
        form.elements.name.addEventListener('input', function () {
            if (!keyTyped) {
                key.value = suggestedKey(form.elements.name.value);
            }
        });
        key.addEventListener('input', function () {
            keyTyped = key.value !== '';
            key.value = key.value.toUpperCase();
        });
        groupSuggestions(form.elements.raisers, form.querySelector('#safeguarding-create-project-raisers-choices'));
        sendOnSubmit(form, 'safeguarding-create-project-', form.querySelector('#safeguarding-create-project-summary'),
            texts, function () {
                return {
                    method: 'POST',
                    url: rest + '/projects',
                    body: {
                        name: form.elements.name.value,
                        key: key.value,
                        lead: optional(form.elements.lead.value),
                        raisers: form.elements.raisers.value
                    },
                    done: function (made) {
                        return [format(texts.textProjectMade, made.enabled.name + ' (' + made.enabled.project + ')')]
                            .concat(made.unfinished, made.enabled.notes).join(' ');
                    }
                };
            });
    }

    /** Writes a sentence into an element with the link in place of its {0}. */
    function sentenceWithLink(into, pattern, text, href) {
        var parts = pattern.split('{0}');
        var link = document.createElement('a');
        link.href = href;
        link.textContent = text;
        into.replaceChildren(document.createTextNode(parts[0]), link, document.createTextNode(parts[1] || ''));
    }

    /**
     * Make a Jira Software board beside a ready project: a Kanban board from the filter of every case Enable made,
     * through Jira Software's own REST API, as the admin, so the board is theirs and shared as the filter is. Shown only
     * where Jira Software answers; a board of that name already there is offered instead of making another.
     */
    function boardButtons(page, texts) {
        var buttons = page.querySelectorAll('[data-safeguarding-board]');
        if (!buttons.length) {
            return;
        }
        var agile = AJS.contextPath() + '/rest/agile/1.0/board';
        send('GET', agile + '?maxResults=1').then(function (probe) {
            if (probe.status !== 200) {
                page.querySelector('#safeguarding-board-unavailable').hidden = false;
                return;
            }
            buttons.forEach(function (button) {
                button.hidden = false;
                button.addEventListener('click', function () {
                    makeBoard(button, agile, texts);
                });
            });
        });
    }

    function makeBoard(button, agile, texts) {
        var name = button.dataset.boardName;
        var outcome = button.nextElementSibling;
        var shown = function (pattern, board) {
            sentenceWithLink(outcome, pattern, name, AJS.contextPath() + '/secure/RapidBoard.jspa?rapidView='
                + encodeURIComponent(board.id));
        };
        send('GET', agile + '?type=kanban&name=' + encodeURIComponent(name)).then(function (found) {
            var existing = found.status === 200 && (found.json.values || []).filter(function (board) {
                return board.name === name;
            })[0];
            if (existing) {
                shown(texts.textBoardExists, existing);
                return;
            }
            send('POST', agile, {name: name, type: 'kanban', filterId: Number(button.dataset.safeguardingBoard)})
                .then(function (made) {
                    if (made.status === 200 || made.status === 201) {
                        shown(texts.textBoardMade, made.json);
                        return;
                    }
                    outcome.textContent = format(texts.textBoardFailed, (made.json.errorMessages || [])
                        .join(' ') || texts.textFailed);
                });
        });
    }

    /** A form whose button asks the server to run something (set-up, the self-check); the reloaded page shows it. */
    function runForm(page, id, api, texts, doneMessage) {
        var form = page.querySelector('#' + id + '-form');
        var errors = form.querySelector('#' + id + '-errors');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            errors.hidden = true;
            send('POST', api, {}).then(function (result) {
                if (result.status === 200) {
                    doneAndReload(doneMessage);
                    return;
                }
                errors.textContent = problemsOf(result, texts).map(function (problem) {
                    return problem.message;
                }).join(' ');
                errors.hidden = false;
                errors.focus();
            });
        });
    }

    function reviewForms(page, api, texts) {
        page.querySelectorAll('form.safeguarding-review').forEach(function (form) {
            var tag = form.dataset.tag;
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var review = {by: optional(form.elements.by.value), on: optional(form.elements.on.value)};
                send('POST', api + '/explanations/' + encodeURIComponent(tag) + '/review', review)
                    .then(function (result) {
                        if (result.status === 200) {
                            doneAndReload(format(texts.textReviewed, form.dataset.name));
                            return;
                        }
                        var shown = showProblems(form, 'safeguarding-review-' + tag + '-', problemsOf(result, texts));
                        if (shown.unplaced.length) {
                            form.querySelector('#safeguarding-review-' + tag + '-by-error').textContent =
                                shown.unplaced.map(function (problem) {
                                    return problem.message;
                                }).join(' ');
                        }
                        (shown.first || form.elements.by).focus();
                    });
            });
        });
    }

    forms.onReady(function () {
        var page = document.querySelector('main.safeguarding-admin');
        if (!page) {
            return;
        }
        var rest = AJS.contextPath() + '/rest/safeguarding/1.0';
        var api = rest + '/resources';
        var texts = page.dataset;
        showSavedStatus(page);
        // Each area's page holds only its own forms: each is set up where it is there.
        var has = function (selector) {
            return page.querySelector(selector) !== null;
        };
        if (has('#safeguarding-setup-form')) {
            runForm(page, 'safeguarding-setup', rest + '/setup', texts, texts.textSetup);
            runForm(page, 'safeguarding-self-check', rest + '/self-check', texts, texts.textSelfCheck);
        }
        if (has('#safeguarding-settings-form')) {
            settingsForm(page, rest + '/settings', texts);
        }
        if (has('#safeguarding-plan-form')) {
            planForm(page, rest + '/plan', texts);
        }
        if (has('#safeguarding-entry-form')) {
            entryForm(page, api, texts);
            retireButtons(page, api, texts);
        }
        reviewForms(page, api, texts);
        if (has('#safeguarding-enablement')) {
            enablementButtons(page, rest, texts);
        }
        if (has('#safeguarding-create-project-form')) {
            createProjectForm(page, rest, texts);
        }
        boardButtons(page, texts);
    });
}());
