package org.safeguarding.jira.workflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.opensymphony.workflow.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.Leads;
import org.safeguarding.jira.platform.HostApiCheck;
import org.safeguarding.jira.platform.HostMember;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AppSettings;

/** A workflow rule that would reach a part of Jira's API this Jira lacks says so instead of failing halfway. */
public class RuleGuardTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SelfCheck selfCheck;
    @Mock
    private WorkflowCaseAccess cases;
    @Mock
    private Leads leads;

    @Test
    public void validate_shouldRefuseTheTransitionWithTheReasonBeforeTheRuleTouchesTheCase() {
        switchedOff(CloseValidator.class);
        RuleGuard guard = new RuleGuard(selfCheck, new PropertiesTexts());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                new CloseValidator(guard, cases, new InMemorySettings(AppSettings.DEFAULTS), new PropertiesTexts(),
                        new UkClock()).validate(new HashMap<>(),
                        Map.of(), null));

        @SuppressWarnings("unchecked")
        List<String> errors = refused.getGenericErrors();
        assertThat(errors, contains("This part of Safeguarding for Jira is switched off: this "
                + "Jira lacks ResolutionManager.getResolution(String), which it needs. Your Jira administrator can "
                + "see why under Jira compatibility on the app's administration page."));
        verifyNoInteractions(cases);
    }

    @Test
    public void passesCondition_shouldHideTheTransitionOfASwitchedOffConditionAndAskNoOne() {
        switchedOff(LeadCondition.class);

        boolean passes = new LeadCondition(new RuleGuard(selfCheck, new PropertiesTexts()), leads)
                .passesCondition(new HashMap<>(), Map.of(), null);

        assertThat(passes, is(false));
        verifyNoInteractions(leads);
    }

    private void switchedOff(Class<?> rule) {
        HostMember member = new HostMember(HostMember.Kind.METHOD, "com/atlassian/jira/config/ResolutionManager",
                "getResolution", "(Ljava/lang/String;)Lcom/atlassian/jira/issue/resolution/Resolution;",
                HostMember.Use.INTERFACE, Set.of("org.safeguarding.jira.workflow.JiraWorkflowCaseAccess"));
        when(selfCheck.missingFor(rule)).thenReturn(List.of(new SelfCheck.Found(
                new HostApiCheck.Missing(member, "no such method"), member.users())));
    }
}
