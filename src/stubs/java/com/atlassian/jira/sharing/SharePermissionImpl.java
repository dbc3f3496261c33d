// Source: jira-api com.atlassian.jira.sharing.SharePermissionImpl(ShareType.Name type, String param1, String param2),
// as the ShareType.Name class-use javadoc lists the constructor
// (docs.atlassian.com/jira/latest/com/atlassian/jira/sharing/type/class-use/ShareType.Name.html) [confirmed]. Subset.
package com.atlassian.jira.sharing;

import com.atlassian.jira.sharing.type.ShareType;

public class SharePermissionImpl implements SharePermission {
    private final ShareType.Name type;
    private final String param1;
    private final String param2;

    public SharePermissionImpl(ShareType.Name type, String param1, String param2) {
        this.type = type;
        this.param1 = param1;
        this.param2 = param2;
    }

    @Override
    public ShareType.Name getType() {
        return type;
    }

    @Override
    public String getParam1() {
        return param1;
    }

    @Override
    public String getParam2() {
        return param2;
    }
}
