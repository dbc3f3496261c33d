package org.safeguarding.jira.setup;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.Texts;

/**
 * Makes sure Jira has the app's own event, "Safeguarding case changed", which the referral workflow fires instead of
 * Jira's Issue Created, Generic Event and Issue Closed. No notification scheme names a new event, so Jira e-mails
 * nobody the case's contents when a case moves on; an administrator can still choose to. Found by recorded id or name,
 * else created; never renamed or removed.
 */
@Named
public class EventSetup {
    private final EventTypeManager events;
    private final Texts texts;

    @Inject
    public EventSetup(EventTypeManager events, Texts texts) {
        this.events = events;
        this.texts = texts;
    }

    void ensure(SetupRecorder recorder) {
        String name = texts.text("safeguarding.event.name");
        Optional<EventType> existing = recorder.ids().eventType().map(id -> events.getEventTypesMap().get(id))
                .or(() -> named(name));
        if (existing.isPresent()) {
            recorder.found("event " + name, ids -> ids.withEventType(existing.get().getId()));
            return;
        }
        // Jira's generic template: an event must name one of Jira's, and none leaves out the summary and description,
        // so the admin guide says plainly what mapping the event in a notification scheme would send (don't).
        events.addEventType(new EventType(name, texts.text("safeguarding.event.description"),
                EventType.ISSUE_GENERICEVENT_ID));
        Optional<EventType> created = named(name);
        if (created.isEmpty()) {
            recorder.problem("Jira did not keep the event " + name);
            return;
        }
        recorder.created("event " + name, ids -> ids.withEventType(created.get().getId()));
    }

    /** Jira's addEventType gives back nothing: the new event is found by its name. */
    private Optional<EventType> named(String name) {
        return events.getEventTypes().stream().filter(event -> name.equals(event.getName())).findFirst();
    }
}
