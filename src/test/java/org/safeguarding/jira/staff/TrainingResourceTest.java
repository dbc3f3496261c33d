package org.safeguarding.jira.staff;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.leads.SampleLeadNames;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.StaffTraining.Trained;
import org.safeguarding.referral.TrainingCourse;

/** Recording a course, served by real Jersey 2: the leads and the admins only, for the staff group only. */
public class TrainingResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), UkClock.ZONE);

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemoryTrainingRecords records;
    private InMemorySettings settings;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        records = new InMemoryTrainingRecords();
        settings = new InMemorySettings(new AppSettings(Set.of(), false, false, SampleLeadNames.GROUP, null, null,
                false, null, null, null, null, "jira-software-users"));
        UserManager sal = mock(UserManager.class);
        when(sal.isAdmin(any())).thenAnswer(asked -> user.isAdmin());
        when(sal.isUserInGroup(any(UserKey.class), eq(SampleLeadNames.GROUP)))
                .thenAnswer(asked -> "lead".equals(((UserKey) asked.getArgument(0)).getStringValue()));
        return new ResourceConfig().register(new TrainingResource(user, new FiguresReaders(sal, settings), settings,
                new SampleLeadNames(), records, new PropertiesTexts(), TODAY)).register(JacksonFeature.class);
    }

    private Response post(String body) {
        return target("training").request().post(Entity.json(body));
    }

    @Test
    public void record_shouldKeepTheCourseALeadRecords() {
        user.lead();

        Response response = post("{\"user\": \"worker\", \"course\": \"stop-the-traffik\", "
                + "\"completedOn\": \"2026-12-01\"}");

        assertThat(response.getStatus(), is(201));
        assertThat(response.readEntity(String.class),
                is("{\"user\":\"worker\",\"course\":\"stop-the-traffik\",\"completedOn\":\"2026-12-01\"}"));
        assertThat(records.all().get("worker"), contains(new Trained(TrainingCourse.STOP_THE_TRAFFIK,
                LocalDate.of(2026, 12, 1))));
    }

    @Test
    public void record_shouldNameEachBadFieldAndRecordNothing() throws Exception {
        user.admin();

        Response response = post("{\"course\": \"first-aid\", \"completedOn\": \"2026-12-08\"}");

        assertThat(response.getStatus(), is(400));
        JsonNode errors = JSON.readTree(response.readEntity(String.class)).get("errors");
        assertThat(List.of(errors.get(0).get("field").asText(), errors.get(1).get("field").asText(),
                errors.get(2).get("field").asText()), contains("user", "course", "completedOn"));
        assertThat(post("{\"user\": \"worker\", \"course\": \"e-learning\", \"completedOn\": \"1989-12-31\"}")
                .getStatus(), is(400));
        assertThat(records.all().isEmpty(), is(true));
    }

    @Test
    public void record_shouldRefuseSomeoneOutsideTheStaffGroup() throws Exception {
        user.admin();

        Response response = post("{\"user\": \"home-lead\", \"course\": \"e-learning\", "
                + "\"completedOn\": \"2026-12-01\"}");

        assertThat(response.getStatus(), is(400));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/errors/0/field").asText(), is("user"));
        settings.save(new AppSettings(Set.of(), false, false, SampleLeadNames.GROUP, null, null));
        assertThat(post("{\"user\": \"worker\", \"course\": \"e-learning\", \"completedOn\": \"2026-12-01\"}")
                .getStatus(), is(400));
        assertThat(records.all().isEmpty(), is(true));
    }

    @Test
    public void record_shouldBeForTheLeadsAndTheAdminsOnly() {
        String body = "{\"user\": \"worker\", \"course\": \"e-learning\", \"completedOn\": \"2026-12-01\"}";
        user.notAdmin();
        assertThat(post(body).getStatus(), is(403));
        user.anonymous();
        assertThat(post(body).getStatus(), is(401));
        assertThat(records.all().isEmpty(), is(true));
    }
}
