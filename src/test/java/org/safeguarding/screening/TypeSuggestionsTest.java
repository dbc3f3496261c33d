package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import java.util.Arrays;
import java.util.Set;
import org.junit.Test;

/** The kinds of exploitation the signs point to, by the groups the signs are listed under (issue 30). */
public class TypeSuggestionsTest {
    @Test
    public void of_shouldSuggestTheKindOfEachGroupOfSignsTicked() {
        Set<Indicator> signs = Set.of(first(IndicatorGroup.LABOUR), first(IndicatorGroup.CRIMINAL),
                first(IndicatorGroup.PHYSICAL));

        assertThat(TypeSuggestions.of(signs), containsInAnyOrder(ExploitationCategory.LABOUR,
                ExploitationCategory.CRIMINAL));
    }

    @Test
    public void of_shouldCountTheIloIndicatorsAsLabourAndOrganRemovalAsOther() {
        assertThat(TypeSuggestions.of(Set.of(first(IndicatorGroup.ILO_FORCED_LABOUR), first(IndicatorGroup
                .ORGAN_REMOVAL))), containsInAnyOrder(ExploitationCategory.LABOUR, ExploitationCategory.OTHER));
    }

    @Test
    public void of_shouldSuggestNothingFromSignsOfNoParticularKind() {
        for (IndicatorGroup general : new IndicatorGroup[] {IndicatorGroup.PHYSICAL, IndicatorGroup.PSYCHOLOGICAL,
                IndicatorGroup.SITUATIONAL, IndicatorGroup.ENVIRONMENTAL}) {
            assertThat(general.id(), TypeSuggestions.of(Set.of(first(general))), empty());
        }
        assertThat(TypeSuggestions.of(Set.of()), empty());
    }

    private static Indicator first(IndicatorGroup group) {
        return Arrays.stream(Indicator.values()).filter(sign -> sign.group() == group).findFirst().orElseThrow();
    }
}
