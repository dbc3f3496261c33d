// Source: jira-api com.atlassian.jira.scheme.Scheme, as SchemeManager.getSchemeObject(Long) returns it for
// addSchemeToProject. Subset: the plugin only passes it on.
package com.atlassian.jira.scheme;

public class Scheme {
}
