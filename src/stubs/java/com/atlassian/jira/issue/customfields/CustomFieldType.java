// Source: jira-api com.atlassian.jira.issue.customfields.CustomFieldType<T, S> (MYSRC 6.3; PublicSpi). Subset: the
// methods the plugin calls or implements through CalculatedCFType.
package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

public interface CustomFieldType<T, S> {
    String getKey();

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string);

    T getValueFromIssue(CustomField field, Issue issue);
}
