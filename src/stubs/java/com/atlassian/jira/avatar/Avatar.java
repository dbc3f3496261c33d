// Source: jira-api com.atlassian.jira.avatar.Avatar (MYSRC 6.3; getId() used by Jira 8-11 plugins). Subset.
package com.atlassian.jira.avatar;

public interface Avatar {
    Long getId();
}
