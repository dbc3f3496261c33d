package org.safeguarding.jira.assessment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.cases.ScreeningJsonReader;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;

/** The assessment endpoint served by real Jersey 2, as Atlassian REST v2 serves it in Jira. */
public class AssessmentResourceTest extends JerseyTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemorySettings settings;

    @Override
    protected Application configure() {
        PropertiesTexts texts = new PropertiesTexts();
        user = TestUser.worker();
        settings = InMemorySettings.of(new Organisation(false, false));
        return new ResourceConfig()
                .register(new AssessmentResource(user, settings, texts, TODAY))
                .register(JacksonFeature.class);
    }

    @Test
    public void assess_shouldRecommend999FirstWhenInImmediateDanger() throws Exception {
        JsonNode assessment = ok(post("{\"immediateDanger\":\"yes\",\"ageGroup\":\"adult\",\"nation\":\"england\"}"));

        assertThat(assessment.at("/level/id").asText(), is("immediate-danger"));
        assertThat(assessment.at("/level/text").asText(), is("Immediate danger"));
        assertThat(assessment.at("/actions/0/id").asText(), is("call-999"));
        assertThat(assessment.at("/actions/0/text").asText(), is("Call 999 now"));
        assertThat(assessment.at("/actions/0/reason/id").asText(), is("danger-now"));
        assertThat(assessment.at("/actions/0/reason/sources/0").asText(), is("S36"));
        assertThat(assessment.at("/actions/0/reason/triggeredBy/0/field").asText(), is("immediateDanger"));
        assertThat(assessment.at("/actions/0/reason/triggeredBy/0/value").asText(), is("yes"));
    }

    @Test
    public void assess_shouldExplainEveryActionWithTheAnswersBehindIt() throws Exception {
        JsonNode assessment = ok(post("{\"immediateDanger\":\"no\",\"ageGroup\":\"under-18\",\"nation\":\"wales\","
                + "\"answers\":{\"owes-money\":\"yes\"},\"supportNeeds\":[\"food\"]}"));

        assertThat(assessment.at("/level/id").asText(), is("high"));
        assertThat(assessment.at("/treatedAsChild").asBoolean(), is(true));
        assertThat(ids(assessment.at("/actions")), hasItem("refer-to-childrens-services"));
        assertThat(ids(assessment.at("/actions")), hasItem("refer-to-child-guardian"));
        for (JsonNode action : assessment.at("/actions")) {
            assertThat(action.at("/id") + " has a reason", action.at("/reason/text").asText().isEmpty(), is(false));
            assertThat(action.at("/id") + " has triggers", action.at("/reason/triggeredBy").size() > 0, is(true));
        }
        assertThat(assessment.at("/confidence/id").asText(), is("low"));
        assertThat(fields(assessment.at("/unanswered")), hasItem("question.documents-held"));
    }

    @Test
    public void assess_shouldUseTheOrganisationsOwnSettings() throws Exception {
        settings.save(new AppSettings(Set.of(Nation.WALES), true, true, null, null, null));

        JsonNode assessment = ok(post("{\"immediateDanger\":\"no\",\"ageGroup\":\"adult\",\"consent\":\"refused\","
                + "\"answers\":{\"documents-held\":\"yes\"}}"));

        assertThat("a council working in Wales alone: the case's nation is Wales", ids(assessment.at("/actions")),
                hasItem("submit-duty-to-notify"));
    }

    /** §14.5: a council working in more than one nation records the case's nation before any notification. */
    @Test
    public void assess_shouldAskForTheNationBeforeTheDutyToNotifyWhereTheOrganisationWorksInSeveral() throws Exception {
        settings.save(new AppSettings(Set.of(Nation.WALES, Nation.SCOTLAND), true, true, null, null, null));

        JsonNode assessment = ok(post("{\"immediateDanger\":\"no\",\"ageGroup\":\"adult\",\"consent\":\"refused\","
                + "\"answers\":{\"documents-held\":\"yes\"}}"));

        assertThat(ids(assessment.at("/actions")), hasItem("record-nation-for-duty"));
        assertThat(ids(assessment.at("/actions")), not(hasItem("submit-duty-to-notify")));
    }

    @Test
    public void assess_shouldReportContradictions() throws Exception {
        JsonNode assessment = ok(post("{\"ageGroup\":\"adult\",\"dateOfBirth\":\"2012-05-01\"}"));

        assertThat(assessment.at("/contradictions/0/id").asText(), is("adult-born-under-18"));
        assertThat(assessment.at("/contradictions/0/text").asText(), containsString("treated as a child"));
    }

    @Test
    public void assess_shouldAskAnonymousUsersToLogIn() throws Exception {
        user.anonymous();

        Response response = post("{}");

        assertThat(response.getStatus(), is(401));
        assertThat(errors(response), contains("Log in to Jira to use this."));
    }

    @Test
    public void assess_shouldNameAnUnknownValue() throws Exception {
        Response response = post("{\"ageGroup\":\"teenager\"}");

        assertThat(response.getStatus(), is(400));
        JsonNode error = JSON.readTree(response.readEntity(String.class)).at("/errors/0");
        assertThat(error.at("/field").asText(), is("ageGroup"));
        assertThat(error.at("/message").asText(),
                is("'teenager' is not allowed here. Use one of: under-18, adult, not-sure."));
    }

    @Test
    public void assess_shouldNameEveryBadFieldAtOnce() throws Exception {
        Response response = post("{\"nation\":\"france\",\"indicatorsSeen\":[\"physical.neglected\",\"made-up\"],"
                + "\"answers\":{\"documents-held\":\"maybe\",\"favourite-colour\":\"yes\"},\"dateOfBirth\":\"30/04/2008\","
                + "\"policeDescription\":{\"lastSeenWhen\":\"2027-01-01T10:00\",\"eyes\":\"brown\"},\"nickname\":\"x\"}");

        assertThat(response.getStatus(), is(400));
        List<String> fields = fields(JSON.readTree(response.readEntity(String.class)).at("/errors"));
        assertThat(fields, equalTo(List.of("nickname", "dateOfBirth", "nation", "indicatorsSeen[1]",
                "policeDescription.eyes", "policeDescription.lastSeenWhen", "answers.documents-held",
                "answers.favourite-colour")));
    }

    @Test
    public void assess_shouldRejectABirthDateInTheFuture() throws Exception {
        assertThat(errors(post("{\"dateOfBirth\":\"2026-12-25\"}")), contains("'2026-12-25' is in the future."));
    }

    @Test
    public void assess_shouldRejectABirthDateBefore1900() throws Exception {
        assertThat(errors(post("{\"dateOfBirth\":\"1890-01-01\"}")), contains("'1890-01-01' is before 1900. Check the year."));
    }

    @Test
    public void assess_shouldRejectALastSightingBefore1900() throws Exception {
        assertThat(errors(post("{\"policeDescription\":{\"lastSeenWhen\":\"1000-01-01T10:00\"}}")),
                contains("'1000-01-01T10:00' is before 1900. Check the year."));
    }

    @Test
    public void assess_shouldRejectNotesThatAreTooLong() throws Exception {
        String notes = "x".repeat(ScreeningJsonReader.MAX_NOTES + 1);

        Response response = post("{\"notes\":{\"owes-money\":\"" + notes + "\"}}");

        assertThat(response.getStatus(), is(400));
        assertThat(fields(JSON.readTree(response.readEntity(String.class)).at("/errors")),
                contains("notes.owes-money"));
    }

    @Test
    public void assess_shouldRejectAnEmptyListItem() throws Exception {
        Response response = post("{\"barriers\":[null]}");

        assertThat(fields(JSON.readTree(response.readEntity(String.class)).at("/errors")), contains("barriers[0]"));
    }

    @Test
    public void assess_shouldNameAFieldWithTheWrongKindOfValue() throws Exception {
        Response response = post("{\"supportNeeds\":\"food\"}");

        assertThat(response.getStatus(), is(400));
        JsonNode error = JSON.readTree(response.readEntity(String.class)).at("/errors/0");
        assertThat(error.at("/field").asText(), is("supportNeeds"));
        assertThat(error.at("/message").asText(), containsString("wrong kind of value"));
    }

    @Test
    public void assess_shouldExplainJsonThatDoesNotParse() throws Exception {
        Response response = post("{\"ageGroup\": \"adult\",,}");

        assertThat(response.getStatus(), is(400));
        assertThat(errors(response).get(0), containsString("not valid JSON (line 1, column"));
    }

    @Test
    public void assess_shouldNamePositionOnlyWhereOneExistsForAFieldNameTooLongToRead() throws Exception {
        Response response = post("{\"" + "x".repeat(200_000) + "\": 1}");

        assertThat(response.getStatus(), is(400));
        assertThat(errors(response), contains("This is not valid JSON, or a name or value in it is far longer than "
                + "any this app takes. Check the request; nothing was saved."));
    }

    @Test
    public void assess_shouldAskForABody() throws Exception {
        Response response = target("assessment").request().post(Entity.entity("", MediaType.APPLICATION_JSON));

        assertThat(response.getStatus(), is(400));
        assertThat(errors(response), contains("Send the screening answers as a JSON object."));
    }

    @Test
    public void assess_shouldAskForAnObjectRatherThanAList() throws Exception {
        assertThat(errors(post("[]")), contains("Send the screening answers as a JSON object."));
    }

    @Test
    public void assess_shouldAcceptOnlyJson() {
        Response response = target("assessment").request()
                .post(Entity.entity("ageGroup=adult", MediaType.APPLICATION_FORM_URLENCODED));

        assertThat(response.getStatus(), is(415));
    }

    private Response post(String json) {
        return target("assessment").request(MediaType.APPLICATION_JSON).post(Entity.json(json));
    }

    private static JsonNode ok(Response response) throws Exception {
        String body = response.readEntity(String.class);
        assertThat(body, response.getStatus(), is(200));
        return JSON.readTree(body);
    }

    private static List<String> errors(Response response) throws Exception {
        List<String> messages = new ArrayList<>();
        JSON.readTree(response.readEntity(String.class)).at("/errors")
                .forEach(error -> messages.add(error.at("/message").asText()));
        return messages;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.at("/id").asText()));
        return ids;
    }

    private static List<String> fields(JsonNode array) {
        List<String> fields = new ArrayList<>();
        array.forEach(item -> fields.add(item.at("/field").asText()));
        return fields;
    }
}
