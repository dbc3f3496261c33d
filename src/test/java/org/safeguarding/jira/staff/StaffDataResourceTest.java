package org.safeguarding.jira.staff;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import javax.ws.rs.core.Application;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.StaffTraining.Trained;
import org.safeguarding.referral.TrainingCourse;

/** A member of staff's own subject-access request, served by real Jersey 2: to them and to admins only. */
public class StaffDataResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemoryPlanReads reads;
    private InMemoryTrainingRecords training;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        reads = new InMemoryPlanReads();
        training = new InMemoryTrainingRecords();
        return new ResourceConfig().register(new StaffDataResource(user, reads, training, new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    @Test
    public void export_shouldGiveAMemberOfStaffEverythingKeptAboutThem() throws Exception {
        reads.askOnce("worker", "v1", MONDAY);
        reads.askOnce("worker", "v2", MONDAY.plusSeconds(60));
        reads.read("worker", "v2", MONDAY.plusSeconds(120));
        training.record("worker", new Trained(TrainingCourse.ORGANISATION, LocalDate.of(2026, 11, 30)), "lead",
                MONDAY);
        training.record("lead", new Trained(TrainingCourse.E_LEARNING, LocalDate.of(2026, 11, 30)), "lead", MONDAY);

        JsonNode kept = JSON.readTree(target("staff/worker/subject-access").request().get(String.class));

        assertThat(kept.toString(), is("{\"user\":\"worker\",\"plan\":["
                + "{\"version\":\"v1\",\"askedAt\":\"2026-12-07T09:00:00Z\",\"readAt\":null},"
                + "{\"version\":\"v2\",\"askedAt\":\"2026-12-07T09:01:00Z\",\"readAt\":\"2026-12-07T09:02:00Z\"}],"
                + "\"training\":[{\"course\":\"organisation\",\"completedOn\":\"2026-11-30\",\"recordedBy\":\"lead\","
                + "\"recordedAt\":\"2026-12-07T09:00:00Z\"}]}"));
    }

    @Test
    public void export_shouldBeForThePersonThemselfAndForAdminsOnly() {
        assertThat(target("staff/lead/subject-access").request().get().getStatus(), is(403));
        user.lead();
        assertThat(target("staff/worker/subject-access").request().get().getStatus(), is(403));
        user.admin();
        assertThat(target("staff/worker/subject-access").request().get().getStatus(), is(200));
        user.anonymous();
        assertThat(target("staff/worker/subject-access").request().get().getStatus(), is(401));
    }
}
