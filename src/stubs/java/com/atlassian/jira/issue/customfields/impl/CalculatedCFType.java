// Source: jira-api com.atlassian.jira.issue.customfields.impl.CalculatedCFType<T, S> extends AbstractCustomFieldType
// (@PublicSpi, MYSRC 6.3): "a CustomFieldType which is calculated rather than set"; it implements storage as no-ops,
// leaving getStringFromSingularObject, getSingularObjectFromString and getValueFromIssue to the subclass.
package com.atlassian.jira.issue.customfields.impl;

public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {
}
