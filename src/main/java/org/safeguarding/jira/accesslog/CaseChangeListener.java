package org.safeguarding.jira.accesslog;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.time.Clock;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.UnreadyConcerns;
import org.safeguarding.jira.raise.RaisedInDanger;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/**
 * Records in a case's access log who changed it outside the workflow, and how: edited its fields or attachments,
 * assigned it, added, edited or deleted a comment, moved it to another project or deleted it. Jira tells every
 * listener of each issue event; only Safeguarding concerns are recorded. Workflow transitions are recorded by the
 * workflow's own post-function, so their events are not counted twice. A concern's creation goes to
 * {@link UnreadyConcerns}, which looks after one raised outside the referral workflow. A concern raised with someone
 * in danger now, on Jira's own Create screen too, goes on to Immediate danger ({@link RaisedInDanger}) when Jira tells
 * of its creation: the workflow's Create fires the app's own event, an earlier version's Jira's Issue Created.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class CaseChangeListener implements LifecycleAware {
    /** Jira's event ids, each with the i18n key of what the access log says happened. */
    private static final Map<Long, String> CHANGES = Map.of(
            EventType.ISSUE_UPDATED_ID, "safeguarding.access.detail.edited",
            EventType.ISSUE_ASSIGNED_ID, "safeguarding.access.detail.assigned",
            EventType.ISSUE_COMMENTED_ID, "safeguarding.access.detail.commented",
            EventType.ISSUE_COMMENT_EDITED_ID, "safeguarding.access.detail.comment-edited",
            EventType.ISSUE_COMMENT_DELETED_ID, "safeguarding.access.detail.comment-deleted",
            EventType.ISSUE_MOVED_ID, "safeguarding.access.detail.moved",
            EventType.ISSUE_DELETED_ID, "safeguarding.access.detail.deleted");

    private final EventPublisher events;
    private final JiraCaseReader reader;
    private final AccessLog log;
    private final UnreadyConcerns unready;
    private final RaisedInDanger danger;
    private final SetupStore setupStore;
    private final Clock clock;

    @Inject
    public CaseChangeListener(EventPublisher events, JiraCaseReader reader, AccessLog log, UnreadyConcerns unready,
                              RaisedInDanger danger, SetupStore setupStore, Clock clock) {
        this.events = events;
        this.reader = reader;
        this.log = log;
        this.unready = unready;
        this.danger = danger;
        this.setupStore = setupStore;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (EventType.ISSUE_CREATED_ID.equals(event.getEventTypeId())) {
            unready.created(event);
            danger.raised(event.getUser(), event.getIssue());
            return;
        }
        // The app's own event is fired by every transition; only Create leaves a case in its first status.
        if (setupStore.load().eventType().filter(event.getEventTypeId()::equals).isPresent()) {
            danger.raised(event.getUser(), event.getIssue());
            return;
        }
        String detail = CHANGES.get(event.getEventTypeId());
        if (detail != null && event.getUser() != null && event.getIssue() != null && reader.isCase(event.getIssue())) {
            log.append(new CaseAccess(event.getIssue().getKey(), event.getUser().getKey(), clock.instant(),
                    AccessKind.CHANGED, detail));
        }
    }
}
