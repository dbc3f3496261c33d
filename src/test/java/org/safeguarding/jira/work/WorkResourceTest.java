package org.safeguarding.jira.work;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.core.Application;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.WorkQueue;

/** What needs the user now, for the dashboard item, served by real Jersey 2: in words, addresses from the context. */
public class WorkResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Application configure() {
        WorkQueues queues = () -> List.of(new WorkQueues.Listed(WorkQueue.MISSING, 1,
                List.of(new WorkQueues.Listed.Case("SG-2", "Young <person>")), Optional.of("status = 10007")),
                new WorkQueues.Listed(WorkQueue.CHILDREN, -1, List.of(), Optional.empty()));
        return new ResourceConfig().register(new WorkResource(TestUser.worker().lead(), queues,
                new PropertiesTexts())).register(JacksonFeature.class);
    }

    @Test
    public void queues_shouldGiveEachQueueInWordsWithItsCasesAndLinksFromTheContextPath() throws Exception {
        JsonNode work = JSON.readTree(target("work").request().get(String.class));

        assertThat(work.at("/page").asText(), is("/plugins/servlet/safeguarding/work"));
        assertThat(work.at("/queues/0/label").asText(), is(new PropertiesTexts().text("safeguarding.work.missing")));
        assertThat(work.at("/queues/0/count").asText(), is("1"));
        assertThat(work.at("/queues/0/cases/0/url").asText(), is("/browse/SG-2"));
        assertThat(work.at("/queues/0/cases/0/summary").asText(), is("Young <person>"));
        assertThat(work.at("/queues/0/all").asText(), is("/issues/?jql=status+%3D+10007"));
        assertThat(work.at("/queues/1/count").asText(), is(new PropertiesTexts().text("safeguarding.work.not-counted")));
    }
}
