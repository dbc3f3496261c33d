package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.connections.InMemoryCaseMarkers;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.screening.Screening;

/**
 * Anonymising served by real Jersey 2: SG-1 is closed, SG-2 open, SG-4 closed but Jira stops part-way; the lead
 * leads them all; SG-9 nobody may see.
 */
public class AnonymiseResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private static final LocalDate REVIEW_AHEAD = LocalDate.of(2099, 1, 1);

    private TestUser user;
    private List<String> anonymised;
    private InMemoryAccessLog log;
    private InMemoryClosedCases closedCases;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        anonymised = new ArrayList<>();
        log = new InMemoryAccessLog();
        closedCases = new InMemoryClosedCases();
        closedCases.closed("SG-1", LocalDate.of(2026, 11, 2), null);
        Set<String> visible = Set.of("SG-1", "SG-2", "SG-4", "SG-5", "SG-8");
        CaseAnonymiser anonymiser = new CaseAnonymiser() {
            @Override
            public boolean isClosed(String issueKey) {
                return !issueKey.equals("SG-2");
            }

            @Override
            public List<String> subTaskKeys(String issueKey) {
                return issueKey.equals("SG-5") ? List.of("SG-6", "SG-7") : List.of();
            }

            @Override
            public void anonymise(String issueKey, Markers markers) throws Unfinished {
                if (issueKey.equals("SG-4")) {
                    throw new Unfinished("Jira could not reindex the case", null);
                }
                anonymised.add(issueKey);
            }
        };
        Anonymisation anonymisation = new Anonymisation(
                key -> "lead".equals(user.key().orElse(null)) && visible.contains(key),
                // Stands in for any other key Jira resolves to the case, such as the old key of a moved case.
                key -> visible.contains(key.toUpperCase(Locale.ROOT))
                        ? CaseLookup.found(key.toUpperCase(Locale.ROOT), Screening.builder().build(), Optional.empty(),
                                // SG-8's retention review date is still ahead; SG-1's has passed.
                                new ReferralRecord(Set.of(), Optional.empty(), Optional.of(key.equalsIgnoreCase("SG-8")
                                        ? REVIEW_AHEAD : LocalDate.of(2026, 1, 5)), Optional.empty()))
                        : CaseLookup.notVisible(),
                anonymiser, new AccessRecorder(log, user, new UkClock()), closedCases, new InMemoryAgencyLog(),
                new InMemoryCaseMarkers(), user, key -> key, new PropertiesTexts(), new UkClock());
        return new ResourceConfig().register(new AnonymiseResource(user, anonymisation, new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    /** Anonymising before the date the organisation meant to keep the record until is confirmed as such. */
    @Test
    public void anonymise_shouldAskToConfirmAnonymisingBeforeTheRetentionReviewDateWithTheDate() throws Exception {
        user.lead();
        for (String unconfirmed : List.of("{\"confirm\": \"SG-8\"}", "{\"confirm\": \"SG-8\", \"beforeReview\": false}")) {
            Response response = post("SG-8", unconfirmed);

            assertThat(unconfirmed, response.getStatus(), is(400));
            JsonNode error = JSON.readTree(response.readEntity(String.class)).at("/errors/0");
            assertThat(error.at("/field").asText(), is("beforeReview"));
            assertThat(error.at("/message").asText(), is("This case's retention review date is 1 Jan 2099, still "
                    + "ahead. To anonymise it sooner, tick the box to say you mean to."));
        }
        assertThat(post("SG-8", "{\"confirm\": \"SG-8\", \"beforeReview\": \"maybe\"}").getStatus(), is(400));
        assertThat(anonymised, is(empty()));

        Response confirmed = post("SG-8", "{\"confirm\": \"SG-8\", \"beforeReview\": true}");

        assertThat(confirmed.getStatus(), is(200));
        assertThat(anonymised, contains("SG-8"));
    }

    private Response post(String issueKey, String body) {
        return target("issue/" + issueKey + "/anonymise").request().post(Entity.json(body));
    }

    @Test
    public void anonymise_shouldAnonymiseAClosedCaseWhenItsLeadTypesItsKey() throws Exception {
        user.lead();

        Response response = post("SG-1", "{\"confirm\": \" sg-1 \"}");

        assertThat(response.getStatus(), is(200));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/case").asText(), is("SG-1"));
        assertThat(body.at("/anonymised").asBoolean(), is(true));
        assertThat(anonymised, contains("SG-1"));
    }

    @Test
    public void anonymise_shouldAnonymiseRecordAndAnswerTheKeyOfTheCaseFoundNotTheKeyAsTyped() throws Exception {
        user.lead();

        Response response = post("sg-1", "{\"confirm\": \"SG-1\"}");

        assertThat(response.getStatus(), is(200));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/case").asText(), is("SG-1"));
        assertThat(anonymised, contains("SG-1"));
        assertThat(log.latest("SG-1", 1).get(0).kind(), is(AccessKind.ANONYMISED));
        assertThat(log.latest("sg-1", 1), is(empty()));
        assertThat(closedCases.all(), is(empty()));
    }

    @Test
    public void anonymise_shouldRefuseAConfirmationThatNamesAnotherCase() throws Exception {
        user.lead();

        Response response = post("SG-1", "{\"confirm\": \"SG-2\"}");

        assertThat(response.getStatus(), is(400));
        JsonNode error = JSON.readTree(response.readEntity(String.class)).at("/errors/0");
        assertThat(error.at("/field").asText(), is("confirm"));
        assertThat(error.at("/message").asText(), is("This is not the key of this case. Type SG-1 to confirm."));
        assertThat(anonymised, is(empty()));
    }

    @Test
    public void anonymise_shouldAskForTheKeyWhenTheConfirmationIsMissing() throws Exception {
        user.lead();

        Response response = post("SG-1", "{}");
        Response invisible = post("SG-1", "{\"confirm\": \"\\u200B\\u00A0\"}");

        assertThat(response.getStatus(), is(400));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/errors/0/message").asText(),
                is("Type the case key, SG-1, to confirm."));
        assertThat(JSON.readTree(invisible.readEntity(String.class)).at("/errors/0/message").asText(),
                is("Type the case key, SG-1, to confirm."));
        assertThat(anonymised, is(empty()));
    }

    @Test
    public void anonymise_shouldNameAFieldItDoesNotKnowAndBodiesThatAreNotJson() throws Exception {
        user.lead();

        Response misspelt = post("SG-1", "{\"confirm\": \"SG-1\", \"confrim\": \"SG-1\"}");
        Response broken = post("SG-1", "{\"confirm\": ");

        assertThat(misspelt.getStatus(), is(400));
        assertThat(JSON.readTree(misspelt.readEntity(String.class)).at("/errors/0/field").asText(), is("confrim"));
        assertThat(broken.getStatus(), is(400));
        assertThat(broken.readEntity(String.class), containsString("This is not valid JSON"));
        assertThat(anonymised, is(empty()));
    }

    @Test
    public void anonymise_shouldSayToCloseAnOpenCaseFirst() {
        user.lead();

        Response response = post("SG-2", "{\"confirm\": \"SG-2\"}");

        assertThat(response.getStatus(), is(409));
        assertThat(response.readEntity(String.class), containsString("Only a closed case can be anonymised"));
        assertThat(anonymised, is(empty()));
    }

    @Test
    public void anonymise_shouldRefuseACaseWithSubTasksNamingThem() {
        user.lead();

        Response response = post("SG-5", "{\"confirm\": \"SG-5\"}");

        assertThat(response.getStatus(), is(409));
        assertThat(response.readEntity(String.class), containsString("This case has sub-tasks (SG-6, SG-7), which can "
                + "hold the person's details too. Anonymise or delete them first"));
        assertThat(anonymised, is(empty()));
    }

    @Test
    public void anonymise_shouldCheckThePermissionBeforeReadingTheBody() {
        Response worker = post("SG-1", "not json");
        Response hidden = post("SG-9", "{\"confirm\": \"SG-9\"}");

        assertThat(worker.getStatus(), is(403));
        assertThat(worker.readEntity(String.class), containsString("Only the case's safeguarding leads"));
        assertThat(hidden.getStatus(), is(403));
        assertThat(hidden.readEntity(String.class), containsString("You cannot see this case"));
    }

    @Test
    public void anonymise_shouldAskSomeoneNotLoggedInToLogIn() {
        user.anonymous();

        assertThat(post("SG-1", "{\"confirm\": \"SG-1\"}").getStatus(), is(401));
    }

    @Test
    public void anonymise_shouldSayItStoppedPartWayAndCanBeRunAgain() {
        user.lead();

        Response response = post("SG-4", "{\"confirm\": \"SG-4\"}");

        assertThat(response.getStatus(), is(500));
        assertThat(response.readEntity(String.class), containsString("Anonymising stopped part-way"));
    }
}
