package org.safeguarding.jira.assessment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Screening;

/** An issue's assessment served by real Jersey 2, permission first. */
public class IssueAssessmentResourceTest extends JerseyTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestUser user;
    private CaseLookup lookup;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        return new ResourceConfig()
                .register(new IssueAssessmentResource(user, issueKey -> "SG-1".equals(issueKey) ? lookup
                        : CaseLookup.notVisible(), InMemorySettings.of(new Organisation(false, false)), new PropertiesTexts(), TODAY))
                .register(JacksonFeature.class);
    }

    @Test
    public void assessment_shouldAssessTheCaseAsRecorded() throws Exception {
        lookup = CaseLookup.found("SG-12", Screening.builder().immediateDanger(Answer.YES).build());

        Response response = target("issue/SG-1/assessment").request().get();

        assertThat(response.getStatus(), is(200));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/level/id").asText(), is("immediate-danger"));
        assertThat(body.at("/actions/0/id").asText(), is("call-999"));
    }

    @Test
    public void assessment_shouldForbidACaseTheUserCannotSee() throws Exception {
        lookup = CaseLookup.notVisible();

        Response response = target("issue/SG-1/assessment").request().get();

        assertThat(response.getStatus(), is(403));
        assertThat(response.readEntity(String.class), containsString("You cannot see this case, or it does not exist."));
    }

    @Test
    public void assessment_shouldAnswerAMissingIssueLikeAForbiddenOne() {
        assertThat(target("issue/SG-404/assessment").request().get().getStatus(), is(403));
    }

    @Test
    public void assessment_shouldSayWhenTheIssueIsNotASafeguardingConcern() throws Exception {
        lookup = CaseLookup.notACase();

        Response response = target("issue/SG-1/assessment").request().get();

        assertThat(response.getStatus(), is(404));
        assertThat(response.readEntity(String.class), containsString("not a Safeguarding concern"));
    }

    @Test
    public void assessment_shouldAskAnonymousUsersToLogIn() {
        user.anonymous();

        assertThat(target("issue/SG-1/assessment").request().get().getStatus(), is(401));
    }
}
