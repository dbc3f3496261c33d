package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.resolution.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.PropertiesTexts;

public class ResolutionSetupTest {
    private static final int OURS = org.safeguarding.referral.Resolution.values().length;

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ResolutionManager resolutionManager;

    private final List<Resolution> inJira = new ArrayList<>();
    private final InMemorySetupStore store = new InMemorySetupStore();
    private ResolutionSetup setup;

    @Before
    public void setUp() {
        when(resolutionManager.getResolutions()).thenReturn(inJira);
        when(resolutionManager.createResolution(anyString(), anyString())).thenAnswer(call -> {
            Resolution created = resolution(String.valueOf(20 + inJira.size()), call.getArgument(0));
            inJira.add(created);
            return created;
        });
        when(resolutionManager.getResolution(anyString())).thenAnswer(call -> inJira.stream()
                .filter(resolution -> resolution.getId().equals(call.getArgument(0))).findFirst().orElse(null));
        setup = new ResolutionSetup(resolutionManager, new PropertiesTexts());
    }

    @Test
    public void ensure_shouldCreateEveryWayACaseCanEndWithItsDescription() {
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(recorder);

        assertThat(inJira, hasSize(OURS));
        verify(resolutionManager).createResolution("Declined support (safety plan given)",
                "The person said no to a referral and support; a safety plan was agreed with them.");
        assertThat(recorder.report().created(), hasItem("resolution Referred, and we supported them"));
        String referred = store.load().resolution("referred-and-supported").orElseThrow();
        assertThat(store.load().resolutionOf(referred), is(Optional.of("referred-and-supported")));
    }

    @Test
    public void ensure_shouldAdoptAResolutionOfTheSameNameThatAlreadyExists() {
        inJira.add(resolution("6", "Transferred"));

        setup.ensure(new SetupRecorder(store));

        assertThat(store.load().resolution("transferred"), is(Optional.of("6")));
        verify(resolutionManager, never()).createResolution(eq("Transferred"),
                anyString());
    }

    @Test
    public void ensure_shouldCreateNothingTheSecondTimeEvenAfterARename() {
        setup.ensure(new SetupRecorder(store));
        String lostContact = store.load().resolution("lost-contact").orElseThrow();
        Resolution renamed = resolution(lostContact, "No longer in touch");
        inJira.replaceAll(resolution -> resolution.getId().equals(lostContact) ? renamed : resolution);
        SetupRecorder again = new SetupRecorder(store);

        setup.ensure(again);

        assertThat(again.report().created(), empty());
        assertThat(inJira, hasSize(OURS));
    }

    @Test
    public void ensure_shouldCreateAgainAResolutionAnAdminDeleted() {
        setup.ensure(new SetupRecorder(store));
        inJira.removeIf(resolution -> resolution.getName().equals("Lost contact"));
        SetupRecorder again = new SetupRecorder(store);

        setup.ensure(again);

        assertThat(again.report().created(), contains("resolution Lost contact"));
        assertThat(store.load().resolutionOf(store.load().resolution("lost-contact").orElseThrow()),
                is(Optional.of("lost-contact")));
    }

    private static Resolution resolution(String id, String name) {
        Resolution resolution = mock(Resolution.class);
        when(resolution.getId()).thenReturn(id);
        when(resolution.getName()).thenReturn(name);
        return resolution;
    }
}
