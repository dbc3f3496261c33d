package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.Nation;

public class DefaultDirectoryTest {
    private final ResourceDirectory directory = DefaultDirectory.load();

    @Test
    public void load_shouldGiveEveryEntryTheDetailsTheRulesWantAndADistinctId() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Resource entry : directory.entries()) {
            ResourceRules.check(entry, ResourceRulesTest.TODAY)
                    .forEach(problem -> problems.add(entry.id() + ": " + problem.field()));
            if (!ids.add(entry.id())) {
                problems.add(entry.id() + ": id used twice");
            }
        }

        assertThat(problems, empty());
        assertThat(directory.entries(), hasSize(9));
    }

    @Test
    public void load_shouldNeverShipTheLeafletsOutOfDateNumbers() {
        for (Resource entry : directory.entries()) {
            String digits = String.valueOf(entry.phone()).replace(" ", "");
            assertThat(entry.id(), digits, not(oneOf("03003038151", "08007832589")));
        }
    }

    @Test
    public void load_shouldGiveEveryCaseTheEmergencyNumbersAHelplineAndSupportInEveryNation() {
        for (Nation nation : Nation.values()) {
            for (boolean child : new boolean[] {false, true}) {
                Set<ResourceCategory> categories = new HashSet<>();
                directory.forCase(Optional.of(nation), child).forEach(entry -> categories.add(entry.category()));
                String which = nation.id() + (child ? ", child" : ", adult");

                assertThat(which, categories, hasItems(ResourceCategory.EMERGENCY,
                        ResourceCategory.ADVICE_AND_REPORTING,
                        child ? ResourceCategory.CHILD_SUPPORT : ResourceCategory.ADULT_SUPPORT));
            }
        }
    }
}
