// Source: atlassian-scheduler API com.atlassian.scheduler.config.RunMode: RUN_ONCE_PER_CLUSTER (the job runs on one
// node each time it triggers, its schedule persisted) and RUN_LOCALLY, as public plugins pass them to withRunMode.
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
