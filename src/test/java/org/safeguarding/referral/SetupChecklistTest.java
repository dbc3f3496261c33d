package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Test;

public class SetupChecklistTest {
    private static final SetupChecklist.State FRESH = new SetupChecklist.State(false, -1, false, null, false, false,
            null, false, true, List.of(), 0, 0, List.of(), List.of());
    private static final SetupChecklist.State READY = new SetupChecklist.State(true, 0, true, "safeguarding-leads",
            true, true, null, false, false, List.of(), 0, 1, List.of(), List.of());

    private static Map<SetupChecklist.Check, SetupChecklist.Item> items(SetupChecklist.State state) {
        return SetupChecklist.of(state).items().stream().collect(Collectors.toMap(SetupChecklist.Item::check,
                Function.identity()));
    }

    @Test
    public void of_shouldListEveryCheckInTheOrderToDoThem() {
        assertThat(SetupChecklist.of(FRESH).items().stream().map(SetupChecklist.Item::check).toList(), contains(
                SetupChecklist.Check.SET_UP, SetupChecklist.Check.SELF_CHECK, SetupChecklist.Check.SETTINGS,
                SetupChecklist.Check.LEADS, SetupChecklist.Check.PLAN, SetupChecklist.Check.DIRECTORY,
                SetupChecklist.Check.PROJECT, SetupChecklist.Check.NOTIFICATIONS));
    }

    @Test
    public void of_shouldLeaveEverythingToDoOnAFreshInstallExceptADirectoryWithNothingDue() {
        SetupChecklist fresh = SetupChecklist.of(FRESH);

        assertThat(fresh.allDone(), is(false));
        assertThat(fresh.items().stream().filter(SetupChecklist.Item::done).map(SetupChecklist.Item::check).toList(),
                contains(SetupChecklist.Check.DIRECTORY, SetupChecklist.Check.NOTIFICATIONS));
        assertThat(items(FRESH).get(SetupChecklist.Check.LEADS).findingKey(), is("safeguarding.checklist.leads.none"));
    }

    @Test
    public void of_shouldBeAllDoneWhenSetUpLeadsPlanDirectoryAndAReadyProjectAreInPlace() {
        assertThat(SetupChecklist.of(READY).allDone(), is(true));
    }

    @Test
    public void of_shouldNameALeadsGroupJiraDoesNotHave() {
        SetupChecklist.Item leads = items(new SetupChecklist.State(true, 0, true, "safeguardng-leads", false, false,
                null, false, false, List.of(), 0, 1, List.of(), List.of())).get(SetupChecklist.Check.LEADS);

        assertThat(leads.done(), is(false));
        assertThat(leads.findingKey(), is("safeguarding.checklist.leads.no-such-group"));
        assertThat(leads.arguments(), contains("safeguardng-leads"));
    }

    @Test
    public void of_shouldNotCountAReadyProjectWhileAnotherOffersConcernsUnready() {
        SetupChecklist.Item project = items(new SetupChecklist.State(true, 0, true, "leads", true, true, null, false,
                false, List.of(), 0, 1, List.of("Drop-in help desk (HELP)"), List.of()))
                .get(SetupChecklist.Check.PROJECT);

        assertThat(project.done(), is(false));
        assertThat(project.arguments(), contains("Drop-in help desk (HELP)"));
    }

    @Test
    public void of_shouldSayHowManyEntriesAreDueAndHowManyMembersAreMissing() {
        Map<SetupChecklist.Check, SetupChecklist.Item> items = items(new SetupChecklist.State(true, 3, true, "leads",
                true, true, null, false, false, List.of(), 12, 1, List.of(), List.of()));

        assertThat(items.get(SetupChecklist.Check.DIRECTORY).arguments(), contains("12"));
        assertThat(items.get(SetupChecklist.Check.SELF_CHECK).arguments(), contains("3"));
        assertThat(items.get(SetupChecklist.Check.SELF_CHECK).done(), is(false));
    }

    @Test
    public void of_shouldNotCountAGroupOfNobodyAsLeads() {
        SetupChecklist.Item leads = items(new SetupChecklist.State(true, 0, true, "safeguarding-leads", true, false,
                null, false, false, List.of(), 0, 1, List.of(), List.of())).get(SetupChecklist.Check.LEADS);

        assertThat(leads.done(), is(false));
        assertThat(leads.findingKey(), is("safeguarding.checklist.leads.empty-group"));
    }

    @Test
    public void of_shouldNameTheReadyProjectsWhoseSchemeHasJiraEmailCaseContents() {
        SetupChecklist.Item notifications = items(new SetupChecklist.State(true, 0, true, "leads", true, true, null,
                false, false, List.of(), 0, 2, List.of(), List.of("Safeguarding (SG)")))
                .get(SetupChecklist.Check.NOTIFICATIONS);

        assertThat(notifications.done(), is(false));
        assertThat(notifications.arguments(), contains("Safeguarding (SG)"));
    }

    @Test
    public void of_shouldNameThePlansPartsThatStillHoldTheTemplatesPrompts() {
        SetupChecklist.Item plan = items(new SetupChecklist.State(true, 0, true, "leads", true, true, null, false,
                false, List.of("Our trafficking safeguarding specialists", "Where this plan lives"), 0, 2, List.of(),
                List.of())).get(SetupChecklist.Check.PLAN);

        assertThat(plan.done(), is(false));
        assertThat(plan.findingKey(), is("safeguarding.checklist.plan.prompting"));
        assertThat(plan.arguments(), contains("Our trafficking safeguarding specialists, Where this plan lives"));
    }
}
