// Source: Jira's com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher, the exact-match text searcher,
// named in plugin descriptors and subclassed by public plugins for Jira 8 to 11 (with Jira's templates
// templates/plugins/fields/edit-searcher/search-basictext.vm and view-searcher/view-searcher-basictext.vm). The plugin
// only names it in atlassian-plugin.xml, so the stand-in carries its name and kind.
package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;

public class ExactTextSearcher implements CustomFieldSearcher {
}
