package org.safeguarding.jira.leads;

import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the leads' names kept ({@link JiraCaseLeadNames}) whenever a user directory changes: someone joins or leaves
 * a group, a group goes, a person is edited, deactivated or deleted. Every such change Jira's user directories publish
 * is a {@link DirectoryEvent}. Kept apart from the names, so a Jira without this event loses only the prompt
 * forgetting (the names are still forgotten within minutes) and the panel keeps working.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class LeadNamesChanges implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(LeadNamesChanges.class);

    private final EventPublisher events;
    private final JiraCaseLeadNames names;

    @Inject
    public LeadNamesChanges(EventPublisher events, JiraCaseLeadNames names) {
        this.events = events;
        this.names = names;
    }

    @Override
    public void onStart() {
        try {
            events.register(this);
        } catch (RuntimeException | LinkageError lacking) {
            LOG.warn("Jira's user directory events are not available, so the safeguarding leads' names are kept for "
                    + "up to {} minutes after a change: {}", JiraCaseLeadNames.KEPT_MINUTES, lacking.toString());
        }
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onDirectoryChange(DirectoryEvent change) {
        names.forget();
    }
}
