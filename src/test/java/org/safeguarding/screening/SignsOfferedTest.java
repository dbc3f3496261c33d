package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class SignsOfferedTest {

    private static List<Indicator> offered() {
        List<Indicator> offered = new ArrayList<>();
        SignsOffered.groups(false).forEach(group -> offered.addAll(SignsOffered.under(group)));
        return offered;
    }

    @Test
    public void under_shouldOfferEachSignOnceAndEveryOtherCodeThroughASignThatSaysIt() {
        List<Indicator> offered = offered();
        Set<Indicator> reachable = EnumSet.noneOf(Indicator.class);
        offered.forEach(sign -> reachable.addAll(SignsOffered.standsFor(sign)));

        assertThat(offered.size(), is(Set.copyOf(offered).size()));
        assertThat(reachable, is(EnumSet.allOf(Indicator.class)));
        assertThat(offered.size(), is(Indicator.values().length - 3));
    }

    /** Four ways of saying someone holds their documents (§4.1, §4.2, §4.4) become one sign, and one for false ones. */
    @Test
    public void under_shouldOfferOneSignForDocumentsHeldAmongTheSignsOfControl() {
        List<Indicator> control = SignsOffered.under(IndicatorGroup.SITUATIONAL);

        assertThat(control.get(0), is(Indicator.ILO_RETENTION_OF_DOCUMENTS));
        assertThat(control, hasItem(Indicator.SITUATIONAL_FALSE_DOCUMENTS));
        assertThat(offered(), everyItem(not(oneOf(Indicator.SITUATIONAL_DOCUMENTS_HELD,
                Indicator.LABOUR_NO_CONTROL_OF_DOCUMENTS, Indicator.ENVIRONMENTAL_HIGH_RISK_WORKPLACE))));
        assertThat(SignsOffered.under(IndicatorGroup.ILO_FORCED_LABOUR),
                not(hasItem(Indicator.ILO_RETENTION_OF_DOCUMENTS)));
    }

    @Test
    public void standsFor_shouldCountASignAsEveryCodeItsWordsImplyAndNoMore() {
        assertThat(SignsOffered.standsFor(Indicator.ILO_RETENTION_OF_DOCUMENTS), containsInAnyOrder(
                Indicator.ILO_RETENTION_OF_DOCUMENTS, Indicator.LABOUR_NO_CONTROL_OF_DOCUMENTS,
                Indicator.SITUATIONAL_DOCUMENTS_HELD));
        assertThat(SignsOffered.standsFor(Indicator.SITUATIONAL_FALSE_DOCUMENTS), containsInAnyOrder(
                Indicator.SITUATIONAL_FALSE_DOCUMENTS, Indicator.SITUATIONAL_DOCUMENTS_HELD));
        // Recorded before, "held, or false" may have meant false: it implies nothing.
        assertThat(SignsOffered.standsFor(Indicator.SITUATIONAL_DOCUMENTS_HELD),
                contains(Indicator.SITUATIONAL_DOCUMENTS_HELD));
        assertThat(SignsOffered.standsFor(Indicator.PSYCHOLOGICAL_FEARFUL), contains(Indicator.PSYCHOLOGICAL_FEARFUL));
    }

    /** What a sign implies includes what its implied codes imply, so no count depends on which was ticked. */
    @Test
    public void standsFor_shouldIncludeWhatItsImpliedCodesImply() {
        for (Indicator sign : Indicator.values()) {
            for (Indicator implied : SignsOffered.standsFor(sign)) {
                assertThat(sign + " implies " + implied, SignsOffered.standsFor(sign)
                        .containsAll(SignsOffered.standsFor(implied)), is(true));
            }
        }
    }

    /** Adults are most often referred for labour exploitation, children for criminal exploitation (§3). */
    @Test
    public void groups_shouldOfferTheKindMostOftenSeenFirstForAnAdultAndForAChild() {
        List<IndicatorGroup> adult = SignsOffered.groups(false);
        List<IndicatorGroup> child = SignsOffered.groups(true);

        assertThat(adult, containsInAnyOrder(IndicatorGroup.values()));
        assertThat(child, containsInAnyOrder(IndicatorGroup.values()));
        assertThat(adult.subList(4, 8), contains(IndicatorGroup.LABOUR, IndicatorGroup.CRIMINAL,
                IndicatorGroup.SEXUAL, IndicatorGroup.DOMESTIC_SERVITUDE));
        assertThat(child.subList(4, 8), contains(IndicatorGroup.CRIMINAL, IndicatorGroup.LABOUR,
                IndicatorGroup.SEXUAL, IndicatorGroup.DOMESTIC_SERVITUDE));
        assertThat(adult.get(adult.size() - 1), is(IndicatorGroup.ILO_FORCED_LABOUR));
        assertThat(Arrays.asList(adult.get(0), child.get(0)), everyItem(is(IndicatorGroup.PHYSICAL)));
    }
}
