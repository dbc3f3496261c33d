/*
 * Safeguarding for Jira: "Safeguarding: what needs me now" as a Jira dashboard item. Jira's dashboard calls the AMD
 * module with its API and the item's element; the item asks GET /rest/safeguarding/1.0/work, as the user, and lists
 * each queue with its count and first cases, each with what a lead triages it by (the page's columns, on one line). Every word from the server goes in as text, never as markup; the item's
 * own words come from Jira's jsI18n transformer (AJS.I18n.getText), which writes them in as the file is served.
 */
define('safeguarding/work-dashboard-item', [], function () {
    'use strict';

    function link(href, text) {
        var anchor = document.createElement('a');
        anchor.href = href;
        anchor.textContent = text;
        return anchor;
    }

    function lozenge(className, text) {
        var span = document.createElement('span');
        span.className = 'aui-lozenge ' + className;
        span.textContent = text;
        return span;
    }

    /** What a lead triages a case by, as the page's table shows it: risk, child, status, the list's day, assignee. */
    function triage(found) {
        var line = document.createElement('div');
        line.className = 'safeguarding-work-dashboard-triage';
        line.appendChild(lozenge(found.riskLozenge, found.risk));
        if (found.child) {
            line.appendChild(document.createTextNode(' '));
            line.appendChild(lozenge('aui-lozenge-moved', AJS.I18n.getText('safeguarding.work.child')));
        }
        var words = [found.status, found.day, found.assignee].filter(function (word) {
            return word;
        });
        var rest = line.appendChild(document.createElement(found.overdue ? 'strong' : 'span'));
        rest.textContent = ' ' + words.join(' \u00b7 ');
        return line;
    }

    function WorkDashboardItem(API) {
        this.API = API;
    }

    WorkDashboardItem.prototype.render = function (element, preferences) {
        var api = this.API;
        var root = element.jquery ? element[0] : element;
        var contextPath = AJS.contextPath();
        api.showLoadingBar();
        fetch(contextPath + '/rest/safeguarding/1.0/work', {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            return response.ok ? response.json() : Promise.reject(response.status);
        }).then(function (work) {
            root.textContent = '';
            var list = root.appendChild(document.createElement('ul'));
            list.className = 'safeguarding-work-dashboard';
            work.queues.forEach(function (queue) {
                var item = list.appendChild(document.createElement('li'));
                var heading = item.appendChild(document.createElement('strong'));
                heading.textContent = queue.label + ': ' + queue.count;
                if (queue.hasCases) {
                    var cases = item.appendChild(document.createElement('ul'));
                    queue.cases.forEach(function (found) {
                        var entry = cases.appendChild(document.createElement('li'));
                        entry.appendChild(link(contextPath + found.url, found.key));
                        entry.appendChild(document.createTextNode(' ' + found.summary));
                        entry.appendChild(triage(found));
                    });
                }
            });
            root.appendChild(document.createElement('p')).appendChild(link(contextPath + work.page,
                AJS.I18n.getText('safeguarding.work.dashboard.open')));
        }, function () {
            root.textContent = AJS.I18n.getText('safeguarding.work.dashboard.failed');
            root.appendChild(document.createTextNode(' '));
            root.appendChild(link(contextPath + '/plugins/servlet/safeguarding/work',
                AJS.I18n.getText('safeguarding.work.dashboard.open')));
        }).then(function () {
            api.hideLoadingBar();
            api.resize();
        });
    };

    return WorkDashboardItem;
});
