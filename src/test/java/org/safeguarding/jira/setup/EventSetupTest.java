package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.PropertiesTexts;

public class EventSetupTest {
    private final JiraEvents jira = new JiraEvents();
    private final InMemorySetupStore store = new InMemorySetupStore();
    private final EventSetup setup = new EventSetup(jira, new PropertiesTexts());

    @Test
    public void ensure_shouldMakeTheAppsEventWithJirasGenericTemplateAndRecordItsId() {
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(recorder);

        EventType made = jira.byId.get(10000L);
        assertThat(made.getName(), is("Safeguarding case changed"));
        assertThat(jira.templates.get(10000L), is(EventType.ISSUE_GENERICEVENT_ID));
        assertThat(store.load().eventType(), is(Optional.of(10000L)));
        assertThat(recorder.report().created(), contains("event Safeguarding case changed"));
    }

    @Test
    public void ensure_shouldMakeNothingTheSecondTime() {
        setup.ensure(new SetupRecorder(store));
        SetupRecorder again = new SetupRecorder(store);

        setup.ensure(again);

        assertThat(jira.byId.values(), hasSize(1));
        assertThat(again.report().created(), empty());
        assertThat(again.report().found(), contains("event Safeguarding case changed"));
    }

    @Test
    public void ensure_shouldAdoptAnEventOfTheSameNameAnAdministratorMade() {
        jira.addEventType(new EventType("Safeguarding case changed", "made by hand", 2L));

        setup.ensure(new SetupRecorder(store));

        assertThat(jira.byId.values(), hasSize(1));
        assertThat(store.load().eventType(), is(Optional.of(10000L)));
    }

    @Test
    public void ensure_shouldKeepTheRecordedEventWhenAnAdministratorRenamedIt() {
        jira.addEventType(new EventType("Case moved on", "renamed", 13L));
        store.save(SetupIds.none().withEventType(10000L));

        setup.ensure(new SetupRecorder(store));

        assertThat(jira.byId.values(), hasSize(1));
    }

    @Test
    public void ensure_shouldSaySoWhenJiraDoesNotKeepTheEvent() {
        JiraEvents forgetful = new JiraEvents() {
            @Override
            public void addEventType(EventType eventType) {
                // Jira said nothing, and kept nothing.
            }
        };
        SetupRecorder recorder = new SetupRecorder(store);

        new EventSetup(forgetful, new PropertiesTexts()).ensure(recorder);

        assertThat(recorder.report().problems(), contains("Jira did not keep the event Safeguarding case changed"));
        assertThat(store.load().eventType(), is(Optional.empty()));
    }

    /** Jira's event types as its manager keeps them: ids from 10000 for events made after installation. */
    private static class JiraEvents implements EventTypeManager {
        final Map<Long, EventType> byId = new LinkedHashMap<>();
        final Map<Long, Long> templates = new LinkedHashMap<>();

        @Override
        public Collection<EventType> getEventTypes() {
            return byId.values();
        }

        @Override
        public Map<Long, EventType> getEventTypesMap() {
            return byId;
        }

        @Override
        public void addEventType(EventType eventType) {
            long id = 10000L + byId.size();
            byId.put(id, new EventType(id, eventType.getName(), "", null));
            templates.put(id, eventType.getTemplateId());
        }
    }
}
