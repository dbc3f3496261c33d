package org.safeguarding.jira.platform.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.assessment.AssessmentResource;
import org.safeguarding.jira.plan.PlanResource;
import org.safeguarding.jira.platform.HostApiCheck;
import org.safeguarding.jira.platform.HostMember;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.plan.InMemoryPlanStore;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AppSettings;

/** A call that would reach a part of Jira's API this Jira lacks is switched off with the reason; others work. */
public class SwitchedOffFilterTest extends JerseyTest {
    @Override
    protected Application configure() {
        PropertiesTexts texts = new PropertiesTexts();
        SelfCheck selfCheck = mock(SelfCheck.class);
        HostMember member = new HostMember(HostMember.Kind.METHOD, "com/atlassian/jira/issue/IssueManager",
                "updateIssue", "(Lcom/atlassian/jira/issue/MutableIssue;)V",
                HostMember.Use.INTERFACE, Set.of("org.safeguarding.jira.X"));
        when(selfCheck.missingFor(AssessmentResource.class)).thenReturn(List.of(new SelfCheck.Found(
                new HostApiCheck.Missing(member, "no such method"), member.users())));
        TestUser user = TestUser.worker();
        return new ResourceConfig()
                .register(new SwitchedOffFilter(selfCheck, texts))
                .register(new AssessmentResource(user, new InMemorySettings(
                        AppSettings.DEFAULTS), texts, new UkClock()))
                .register(new PlanResource(user, new InMemoryPlanStore(), new InMemoryPlanReads(), texts, new UkClock()))
                .register(JacksonFeature.class);
    }

    @Test
    public void filter_shouldSwitchOffACallThatReachesAMissingMemberAndSayWhy() {
        Response response = target("assessment").request().post(Entity.json("{}"));

        assertThat(response.getStatus(), is(503));
        assertThat(response.readEntity(String.class), containsString("This part of Safeguarding for Jira is switched "
                + "off: this Jira lacks IssueManager.updateIssue(MutableIssue), which it needs."));
    }

    @Test
    public void filter_shouldLetEveryOtherCallThrough() {
        assertThat(target("plan").request().get().getStatus(), is(200));
    }
}
