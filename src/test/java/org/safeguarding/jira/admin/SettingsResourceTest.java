package org.safeguarding.jira.admin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.leads.SampleLeadNames;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.OrganisationType;
import org.safeguarding.screening.Nation;

/** The settings served by real Jersey 2: admins only, every bad field named, nothing saved on error. */
public class SettingsResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AppSettings STORED = new AppSettings(Set.of(Nation.WALES), true, false, "safeguarding-leads",
            null, 6);
    private static final String COUNCIL = "{\"nations\": [\"england\"], \"firstResponder\": true, "
            + "\"dutyToNotify\": true, \"leadGroup\": \" safeguarding-leads \", \"leadProjectRole\": \"Safeguarding "
            + "lead\", \"retentionYears\": \"7\", \"assignToLeadOnDuty\": true}";

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemorySettings settings;
    private List<AppSettings> leadsNamed;
    private AtomicInteger reindexed;

    @Override
    protected Application configure() {
        user = TestUser.worker().admin();
        settings = new InMemorySettings(STORED);
        leadsNamed = new ArrayList<>();
        reindexed = new AtomicInteger();
        return new ResourceConfig()
                .register(new SettingsResource(user, settings, new SampleLeadNames(), leadsNamed::add,
                        reindexed::incrementAndGet, new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    @Test
    public void settings_shouldShowAnAdminWhatIsStored() throws Exception {
        JsonNode body = JSON.readTree(target("settings").request().get(String.class));

        assertThat(body.at("/nations/0").asText(), is("wales"));
        assertThat(body.at("/firstResponder").asBoolean(), is(true));
        assertThat(body.at("/leadGroup").asText(), is("safeguarding-leads"));
        assertThat(body.at("/leadProjectRole").isNull(), is(true));
        assertThat(body.at("/retentionYears").asInt(), is(6));
    }

    @Test
    public void leads_shouldShowWhomAGroupWouldMakeLeadsBeforeItIsSaved() throws Exception {
        JsonNode known = JSON.readTree(target("settings/leads").queryParam("group", "safeguarding-leads").request()
                .get(String.class));
        JsonNode unknown = JSON.readTree(target("settings/leads").queryParam("group", "safeguardng-leads").request()
                .get(String.class));

        assertThat(known.at("/known").asBoolean(), is(true));
        assertThat(known.at("/count").asInt(), is(1));
        assertThat(known.at("/members/0").asText(), is("lead"));
        assertThat(unknown.at("/known").asBoolean(), is(false));
        assertThat(unknown.at("/members").size(), is(0));
    }

    @Test
    public void leads_shouldAskForTheGroupAndRefuseWorkers() {
        assertThat(target("settings/leads").request().get().getStatus(), is(400));
        user.notAdmin();
        assertThat(target("settings/leads").queryParam("group", "safeguarding-leads").request().get().getStatus(),
                is(403));
    }

    @Test
    public void settings_shouldAskAnonymousUsersToLogInAndRefuseWorkers() {
        user.anonymous();
        assertThat(target("settings").request().get().getStatus(), is(401));
        user.notAdmin();
        assertThat(target("settings").request().get().getStatus(), is(403));
    }

    @Test
    public void change_shouldBeRefusedToAnyoneButAnAdminAndSaveNothing() {
        user.anonymous();
        assertThat(target("settings").request().put(Entity.json(COUNCIL)).getStatus(), is(401));
        user.notAdmin();
        assertThat(target("settings").request().put(Entity.json(COUNCIL)).getStatus(), is(403));
        assertThat(settings.read(), is(STORED));
    }

    @Test
    public void change_shouldSaveEverySettingTrimmedAndAnswerWithThem() throws Exception {
        Response response = target("settings").request().put(Entity.json(COUNCIL));

        assertThat(response.getStatus(), is(200));
        assertThat(settings.read(), is(new AppSettings(Set.of(Nation.ENGLAND), true, true, "safeguarding-leads",
                "Safeguarding lead", 7, true)));
        JsonNode answer = JSON.readTree(response.readEntity(String.class));
        assertThat(answer.at("/retentionYears").asInt(), is(7));
        assertThat(answer.at("/assignToLeadOnDuty").asBoolean(), is(true));
        assertThat(leadsNamed, is(List.of(settings.read())));
        assertThat("now with the Duty to Notify: every case's risk is indexed again", reindexed.get(), is(1));
    }

    @Test
    public void change_shouldLeaveTheIndexAloneWhenNothingTheAssessmentUsesChanged() {
        Response response = target("settings").request().put(Entity.json("{\"nations\": [\"wales\"], "
                + "\"firstResponder\": true, \"dutyToNotify\": false, \"retentionYears\": \"8\"}"));

        assertThat(response.getStatus(), is(200));
        assertThat(reindexed.get(), is(0));
    }

    @Test
    public void change_shouldTreatMissingAndEmptyValuesAsNone() {
        Response response = target("settings").request().put(Entity.json(
                "{\"leadGroup\": \"\", \"retentionYears\": \" \"}"));

        assertThat(response.getStatus(), is(200));
        assertThat(settings.read(), is(AppSettings.DEFAULTS));
    }

    @Test
    public void change_shouldTreatValuesThatDrawNothingAsNone() {
        Response response = target("settings").request().put(Entity.json(
                "{\"leadGroup\": \"\\u200B\", \"leadProjectRole\": \"\\uFEFF\", \"retentionYears\": \"\\u00A0\"}"));

        assertThat(response.getStatus(), is(200));
        assertThat(settings.read(), is(AppSettings.DEFAULTS));
    }

    @Test
    public void change_shouldReadRetentionYearsWrittenOnlyInTheDigitsZeroToNine() throws Exception {
        for (String years : new String[] {"\u0667", "\uFF17", "+7", "7.0", "0".repeat(50) + "7"}) {
            Response response = target("settings").request().put(Entity.json(
                    "{\"retentionYears\": \"" + years + "\"}"));

            assertThat(years, response.getStatus(), is(400));
            assertThat(years, fields(response), contains("retentionYears"));
            assertThat(settings.read(), is(STORED));
        }
    }

    @Test
    public void change_shouldSaveWhatKindOfOrganisationItIsAndAnswerWithIt() throws Exception {
        Response response = target("settings").request().put(Entity.json("{\"organisationType\": \"public-authority\"}"));

        assertThat(response.getStatus(), is(200));
        assertThat(settings.read().organisationType(), is(OrganisationType.PUBLIC_AUTHORITY));
        assertThat(settings.read().lawfulBases(), is(OrganisationType.PUBLIC_AUTHORITY.lawfulBases()));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/organisationType").asText(),
                is("public-authority"));
    }

    @Test
    public void change_shouldSaveTheGroupOfStaffWhoRaiseConcernsAndRefuseOneJiraDoesNotHave() throws Exception {
        Response saved = target("settings").request().put(Entity.json("{\"staffGroup\": \" jira-software-users \"}"));
        assertThat(saved.getStatus(), is(200));
        assertThat(settings.read().staffGroup(), is("jira-software-users"));
        assertThat(JSON.readTree(saved.readEntity(String.class)).at("/staffGroup").asText(),
                is("jira-software-users"));

        Response refused = target("settings").request().put(Entity.json("{\"staffGroup\": \"front-line\"}"));

        assertThat(refused.getStatus(), is(400));
        assertThat(fields(refused), contains("staffGroup"));
        assertThat(settings.read().staffGroup(), is("jira-software-users"));
    }

    @Test
    public void change_shouldSaveTheTrainingRefresherPeriodAndRefuseOneOutsideOneToTenYears() throws Exception {
        Response saved = target("settings").request().put(Entity.json("{\"trainingRefresherMonths\": \"12\"}"));
        assertThat(saved.getStatus(), is(200));
        assertThat(settings.read().trainingRefresherMonths(), is(12));

        for (String months : List.of("0", "121", "a year", "1.5")) {
            Response refused = target("settings").request().put(Entity.json(JSON.createObjectNode()
                    .put("trainingRefresherMonths", months).toString()));

            assertThat(months, refused.getStatus(), is(400));
            assertThat(months, fields(refused), contains("trainingRefresherMonths"));
        }
        assertThat(settings.read().trainingRefresherMonths(), is(12));
    }

    @Test
    public void change_shouldSaveHowLongStaffRecordsAreKeptAfterSomeoneLeavesAndRefuseANonsensePeriod()
            throws Exception {
        assertThat(target("settings").request().put(Entity.json("{\"staffRecordsMonths\": \"6\"}")).getStatus(),
                is(200));
        assertThat(settings.read().staffRecordsMonths(), is(6));

        Response refused = target("settings").request().put(Entity.json("{\"staffRecordsMonths\": \"0\"}"));

        assertThat(refused.getStatus(), is(400));
        assertThat(fields(refused), contains("staffRecordsMonths"));
        assertThat(settings.read().staffRecordsMonths(), is(6));
    }

    @Test
    public void change_shouldSaveTheAppropriatePolicyDocumentsAddressAndRefuseOneThatIsNotAWebPage() throws Exception {
        Response saved = target("settings").request().put(Entity.json(
                "{\"policyDocument\": \"  http://intranet/policies/appropriate-policy.pdf \"}"));
        assertThat(saved.getStatus(), is(200));
        assertThat(settings.read().policyDocument(), is("http://intranet/policies/appropriate-policy.pdf"));

        for (String address : List.of("javascript:alert(1)", "intranet/apd", "https://", "ftp://files/apd",
                "https://example.org/" + "x".repeat(2000))) {
            Response refused = target("settings").request().put(Entity.json(JSON.createObjectNode()
                    .put("policyDocument", address).toString()));

            assertThat(address, refused.getStatus(), is(400));
            assertThat(address, fields(refused), contains("policyDocument"));
        }
        assertThat(settings.read().policyDocument(), is("http://intranet/policies/appropriate-policy.pdf"));
    }

    @Test
    public void change_shouldSaveTheOrganisationsNameAndCallBackNumberAndRefuseANumberNobodyCanDial() throws Exception {
        Response saved = target("settings").request().put(Entity.json(
                "{\"organisationName\": \" Haven Shelter \", \"callBackNumber\": \"0161 496 0000\"}"));
        assertThat(saved.getStatus(), is(200));
        assertThat(settings.read().organisationName(), is("Haven Shelter"));
        assertThat(settings.read().callBackNumber(), is("0161 496 0000"));
        assertThat(JSON.readTree(saved.readEntity(String.class)).at("/callBackNumber").asText(), is("0161 496 0000"));

        Response refused = target("settings").request().put(Entity.json(
                "{\"organisationName\": \"Haven\", \"callBackNumber\": \"call the front desk\"}"));

        assertThat(refused.getStatus(), is(400));
        assertThat(fields(refused), contains("callBackNumber"));
        assertThat(settings.read().organisationName(), is("Haven Shelter"));
    }

    @Test
    public void change_shouldRefuseAKindOfOrganisationNotOnTheListAndSaveNothing() throws Exception {
        Response response = target("settings").request().put(Entity.json("{\"organisationType\": \"council\"}"));

        assertThat(response.getStatus(), is(400));
        assertThat(fields(response), contains("organisationType"));
        assertThat(settings.read(), is(STORED));
    }

    @Test
    public void change_shouldNameEveryFieldToPutRightAndSaveNothing() throws Exception {
        Response response = target("settings").request().put(Entity.json("{\"nations\": [\"france\"], "
                + "\"dutyToNotify\": true, \"leadGroup\": \"safeguarding-laeds\", \"leadProjectRole\": \"Lead\", "
                + "\"retentionYears\": \"six\", \"colour\": \"red\"}"));

        assertThat(response.getStatus(), is(400));
        assertThat(fields(response), containsInAnyOrder("nations[0]", "retentionYears", "colour"));
        assertThat(settings.read(), is(STORED));
        assertThat(leadsNamed.isEmpty(), is(true));
    }

    @Test
    public void change_shouldRefuseRulesBrokenAndNamesJiraDoesNotHave() throws Exception {
        Response response = target("settings").request().put(Entity.json("{\"dutyToNotify\": true, "
                + "\"leadGroup\": \"safeguarding-laeds\", \"leadProjectRole\": \"Lead\", \"retentionYears\": 0}"));

        assertThat(response.getStatus(), is(400));
        String body = response.readEntity(String.class);
        assertThat(body, containsString("Jira has no group called \\\"safeguarding-laeds\\\""));
        assertThat(body, containsString("Jira has no project role called \\\"Lead\\\""));
        assertThat(body, containsString("also a First Responder Organisation"));
        assertThat(body, containsString("from 1 to 100"));
        assertThat(settings.read(), is(STORED));
    }

    @Test
    public void change_shouldAnswerBadJsonWithWhatToDo() {
        Response response = target("settings").request().put(Entity.json("{\"nations\": "));

        assertThat(response.getStatus(), is(400));
        assertThat(response.readEntity(String.class), containsString("This is not valid JSON"));
        assertThat(settings.read(), is(STORED));
    }

    private static List<String> fields(Response response) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.readEntity(String.class)).at("/errors").forEach(error ->
                fields.add(error.get("field").asText()));
        return fields;
    }
}
