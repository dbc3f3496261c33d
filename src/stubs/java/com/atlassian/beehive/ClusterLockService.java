// Source: atlassian-beehive com.atlassian.beehive.ClusterLockService: getLockForName(String), as MyGroovy
// (atlascommunity/jira-plugins-groovy ScriptRepositoryImpl) uses it; shared/reference/exemplars.md §2.
package com.atlassian.beehive;

public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
