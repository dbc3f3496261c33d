package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.PropertiesTexts;

public class LinkTypeSetupTest {
    private final JiraLinkTypes jira = new JiraLinkTypes();
    private final InMemorySetupStore store = new InMemorySetupStore();
    private final LinkTypeSetup setup = new LinkTypeSetup(jira, new PropertiesTexts());

    @Test
    public void ensure_shouldMakeTheAppsLinkTypeReadingTheSameBothWaysAndRecordItsId() {
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(recorder);

        assertThat(jira.made, contains("Safeguarding connection: shares a place, phone or person with / shares a "
                + "place, phone or person with"));
        assertThat(store.load().linkType(), is(Optional.of(10000L)));
        assertThat(recorder.report().created(), contains("issue link type Safeguarding connection"));
    }

    @Test
    public void ensure_shouldMakeNothingTheSecondTime() {
        setup.ensure(new SetupRecorder(store));
        SetupRecorder again = new SetupRecorder(store);

        setup.ensure(again);

        assertThat(jira.types, hasSize(1));
        assertThat(again.report().created(), empty());
        assertThat(again.report().found(), contains("issue link type Safeguarding connection"));
    }

    /** An administrator renamed it: the recorded id still finds it, and nothing new is made. */
    @Test
    public void ensure_shouldKeepTheRecordedLinkTypeWhenAnAdministratorRenamedIt() {
        jira.types.add(type(10000L, "Connected case"));
        store.save(SetupIds.none().withLinkType(10000L));

        setup.ensure(new SetupRecorder(store));

        assertThat(jira.made, is(empty()));
        assertThat(store.load().linkType(), is(Optional.of(10000L)));
    }

    @Test
    public void ensure_shouldSaySoWhenJiraDoesNotKeepTheLinkType() {
        JiraLinkTypes forgetful = new JiraLinkTypes() {
            @Override
            public void createIssueLinkType(String name, String outward, String inward, String style) {
                // Jira said nothing, and kept nothing.
            }
        };
        SetupRecorder recorder = new SetupRecorder(store);

        new LinkTypeSetup(forgetful, new PropertiesTexts()).ensure(recorder);

        assertThat(recorder.report().problems(), contains("Jira did not keep the issue link type Safeguarding "
                + "connection"));
        assertThat(store.load().linkType(), is(Optional.empty()));
    }

    private static IssueLinkType type(Long id, String name) {
        return new IssueLinkType() {
            @Override
            public Long getId() {
                return id;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    /** Jira's link types as its manager keeps them, numbered from 10000. */
    private static class JiraLinkTypes implements IssueLinkTypeManager {
        final List<IssueLinkType> types = new ArrayList<>();
        final List<String> made = new ArrayList<>();

        @Override
        public void createIssueLinkType(String name, String outward, String inward, String style) {
            made.add(name + ": " + outward + " / " + inward);
            types.add(type(10000L + types.size(), name));
        }

        @Override
        public IssueLinkType getIssueLinkType(Long id) {
            return types.stream().filter(type -> type.getId().equals(id)).findFirst().orElse(null);
        }

        @Override
        public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
            return types.stream().filter(type -> type.getName().equals(name)).toList();
        }
    }
}
