// Source: jira-api com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType<T, S> implements
// CustomFieldType<T, S> (@PublicSpi, MYSRC 6.3), base of CalculatedCFType; it provides getKey() from the module
// descriptor. Subset: the plugin only extends it through CalculatedCFType.
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.CustomFieldType;

public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {
    @Override
    public String getKey() {
        throw new UnsupportedOperationException("stand-in");
    }
}
