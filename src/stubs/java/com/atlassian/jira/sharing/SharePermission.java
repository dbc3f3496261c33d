// Source: jira-api com.atlassian.jira.sharing.SharePermission: ShareType.Name getType(), String getParam1(),
// String getParam2(), as the ShareType.Name class-use javadoc lists getType()
// (docs.atlassian.com/jira/latest/com/atlassian/jira/sharing/type/class-use/ShareType.Name.html) [confirmed]. Subset.
package com.atlassian.jira.sharing;

import com.atlassian.jira.sharing.type.ShareType;

public interface SharePermission {
    ShareType.Name getType();

    String getParam1();

    String getParam2();
}
