// Source: atlassian-scheduler API com.atlassian.scheduler.SchedulerServiceException, the checked exception
// SchedulerService.scheduleJob declares (public plugins catch it around scheduleJob). Subset.
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
