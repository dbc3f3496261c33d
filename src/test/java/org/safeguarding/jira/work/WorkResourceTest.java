package org.safeguarding.jira.work;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.core.Application;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;
import org.safeguarding.screening.RiskLevel;

/** What needs the user now, for the dashboard item, served by real Jersey 2: in words, addresses from the context. */
public class WorkResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Application configure() {
        WorkQueues queues = () -> List.of(new WorkQueues.Listed(WorkQueue.MISSING, 1,
                List.of(new WorkQueues.Listed.Case("SG-2", "Young <person>", new Triage(RiskLevel.HIGH, true,
                        Optional.of(ReferralStep.MISSING), Map.of(WorkQueue.Day.RAISED, LocalDate.of(2026, 12, 1)),
                        Optional.of("Sam Lead")))), Optional.of("status = 10007")),
                new WorkQueues.Listed(WorkQueue.CHILDREN, -1, List.of(), Optional.empty()));
        return new ResourceConfig().register(new WorkResource(TestUser.worker().lead(), queues,
                new PropertiesTexts(), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London"))))
                .register(JacksonFeature.class);
    }

    @Test
    public void queues_shouldGiveEachQueueInWordsWithItsCasesAndLinksFromTheContextPath() throws Exception {
        JsonNode work = JSON.readTree(target("work").request().get(String.class));

        assertThat(work.at("/page").asText(), is("/plugins/servlet/safeguarding/work"));
        assertThat(work.at("/queues/0/label").asText(), is(new PropertiesTexts().text("safeguarding.work.missing")));
        assertThat(work.at("/queues/0/count").asText(), is("1"));
        assertThat(work.at("/queues/0/cases/0/url").asText(), is("/browse/SG-2"));
        assertThat(work.at("/queues/0/cases/0/summary").asText(), is("Young <person>"));
        // What a lead triages by, the same words as the page's table.
        assertThat(work.at("/queues/0/cases/0/risk").asText(), is("High risk"));
        assertThat(work.at("/queues/0/cases/0/riskLozenge").asText(), is("aui-lozenge-error"));
        assertThat(work.at("/queues/0/cases/0/child").asBoolean(), is(true));
        assertThat(work.at("/queues/0/cases/0/status").asText(), is("Missing"));
        assertThat(work.at("/queues/0/cases/0/day").asText(), is("Raised 1 Dec 2026, 6 days ago"));
        assertThat(work.at("/queues/0/cases/0/assignee").asText(), is("Sam Lead"));
        assertThat(work.at("/queues/0/all").asText(), is("/issues/?jql=status+%3D+10007"));
        assertThat(work.at("/queues/1/count").asText(), is(new PropertiesTexts().text("safeguarding.work.not-counted")));
    }
}
