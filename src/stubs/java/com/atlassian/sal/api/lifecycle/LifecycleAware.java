// Source: SAL API com.atlassian.sal.api.lifecycle.LifecycleAware; shared/reference/jira-platform.md §2.7:
// onStart() once the host application has started, onStop() when the plugin stops (SAL 3+).
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {
    void onStart();

    void onStop();
}
