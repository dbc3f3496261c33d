package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;

/** Set-up on demand, for admins only, served by real Jersey 2. */
public class SetupResourceTest extends JerseyTest {
    private TestUser user;
    private Provisioning provisioning;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        provisioning = mock(Provisioning.class);
        return new ResourceConfig().register(new SetupResource(user, provisioning, new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    @Test
    public void setUp_shouldRunSetUpForAnAdminAndSayWhatItDid() throws Exception {
        user.admin();
        when(provisioning.run(Optional.of("admin"))).thenReturn(new SetupReport());

        Response response = post();

        assertThat(response.getStatus(), is(200));
        JsonNode body = new ObjectMapper().readTree(response.readEntity(String.class));
        assertThat(body.at("/complete").asBoolean(), is(true));
        assertThat(body.at("/alreadyThere").asInt(), is(0));
        verify(provisioning).run(Optional.of("admin"));
    }

    @Test
    public void setUp_shouldForbidSomeoneWhoIsNotAnAdmin() {
        Response response = post();

        assertThat(response.getStatus(), is(403));
        assertThat(response.readEntity(String.class), containsString("Only Jira administrators can do this."));
        verify(provisioning, never()).run(any());
    }

    @Test
    public void setUp_shouldAskAnonymousUsersToLogIn() {
        user.anonymous();

        assertThat(post().getStatus(), is(401));
        verify(provisioning, never()).run(any());
    }

    private Response post() {
        return target("setup").request().post(Entity.json("{}"));
    }
}
