package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.Nation;

public class ResourceDirectoryTest {
    private final ResourceDirectory directory = new ResourceDirectory(List.of(
            entry("victim-support", ResourceCategory.OTHER_HELP, Audience.EVERYONE, Set.of(), false),
            entry("salvation-army", ResourceCategory.ADULT_SUPPORT, Audience.ADULTS,
                    Set.of(Nation.ENGLAND, Nation.WALES), false),
            entry("migrant-help", ResourceCategory.ADULT_SUPPORT, Audience.ADULTS,
                    Set.of(Nation.SCOTLAND, Nation.NORTHERN_IRELAND), false),
            entry("guardians", ResourceCategory.CHILD_SUPPORT, Audience.CHILDREN, Set.of(), false),
            entry("police", ResourceCategory.EMERGENCY, Audience.EVERYONE, Set.of(), false),
            entry("old-helpline", ResourceCategory.ADVICE_AND_REPORTING, Audience.EVERYONE, Set.of(), true)));

    @Test
    public void forCase_shouldShowAnAdultTheServicesOfTheirNationMostUrgentFirst() {
        assertThat(ids(directory.forCase(Optional.of(Nation.SCOTLAND), false)),
                contains("police", "migrant-help", "victim-support"));
        assertThat(ids(directory.forCase(Optional.of(Nation.WALES), false)),
                contains("police", "salvation-army", "victim-support"));
    }

    @Test
    public void forCase_shouldShowAChildTheChildServicesAndNotTheAdultOnes() {
        assertThat(ids(directory.forCase(Optional.of(Nation.ENGLAND), true)),
                contains("police", "guardians", "victim-support"));
    }

    @Test
    public void forCase_shouldShowEveryNationsServicesWhenTheNationIsNotRecorded() {
        assertThat(ids(directory.forCase(Optional.empty(), false)),
                contains("police", "migrant-help", "salvation-army", "victim-support"));
    }

    @Test
    public void forCase_shouldNeverShowARetiredEntryButKeepIt() {
        assertThat(ids(directory.entries()).contains("old-helpline"), is(true));
        assertThat(ids(directory.forCase(Optional.empty(), true)).contains("old-helpline"),
                is(false));
    }

    private static Resource entry(String id, ResourceCategory category, Audience audience, Set<Nation> nations,
                                  boolean retired) {
        return new Resource(id, id, "999", null, nations, audience, category, List.of(),
                ResourceRulesTest.TODAY, "https://example.org", null, retired);
    }

    private static List<String> ids(List<Resource> resources) {
        return resources.stream().map(Resource::id).toList();
    }
}
