// Source: jira-api com.atlassian.jira.issue.customfields.option.Options extends List<Option> (MYSRC 6.3); used as a
// list in public code. Subset: the List methods.
package com.atlassian.jira.issue.customfields.option;

import java.util.List;

public interface Options extends List<Option> {
}
