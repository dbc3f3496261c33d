package org.safeguarding.jira.directory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.client.Entity;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.safeguarding.jira.panel.ShippedDirectory;
import org.safeguarding.jira.platform.rest.JsonOnlyWrites;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceProblem;

/** The directory served by real Jersey 2: logged-in users only, filters checked. */
public class ResourcesResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ENTRY = "{\"id\": \"local-refuge\", \"name\": \"Local refuge\", "
            + "\"phone\": \"0113 000 0000\", \"nations\": [\"england\"], \"audience\": \"adults\", "
            + "\"category\": \"other-help\", \"languages\": [\"Polish\"], \"verifiedOn\": \"2026-11-20\", "
            + "\"source\": \"https://example.org/refuge\"}";

    private TestUser user;
    private DirectoryEditor editor;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        editor = mock(DirectoryEditor.class);
        return new ResourceConfig()
                .register(new JsonOnlyWrites(new PropertiesTexts()))
                .register(new ResourcesResource(user, new ShippedDirectory(), editor, new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    @Test
    public void resources_shouldListTheDirectoryWithWhenAndWhereEachEntryWasChecked() throws Exception {
        Response response = target("resources").request().get();

        assertThat(response.getStatus(), is(200));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/entries").size(), is(20));
        assertThat(body.at("/entries/0/id").asText(), is("police-emergency"));
        assertThat(body.at("/entries/0/verifiedOn").asText(), is("2026-12-06"));
        assertThat(body.at("/entries/0/source").asText(), containsString("https://"));
    }

    @Test
    public void resources_shouldGiveTheServicesForACaseInANation() throws Exception {
        JsonNode body = JSON.readTree(target("resources").queryParam("nation", "scotland")
                .queryParam("child", "false").request().get(String.class));

        List<String> ids = new ArrayList<>();
        body.at("/entries").forEach(entry -> ids.add(entry.get("id").asText()));
        assertThat(ids.contains("migrant-help"), is(true));
        assertThat(ids.contains("tara"), is(true));
        assertThat(ids.contains("salvation-army-victim-care"), is(false));
        assertThat(ids.contains("child-trafficking-guardians"), is(false));
    }

    @Test
    public void resources_shouldLeaveOutAServiceForWomenForAMansCaseAndSayWhomEachEntryIsFor() throws Exception {
        List<String> forAMan = ids(target("resources").queryParam("nation", "scotland").queryParam("child", "false")
                .queryParam("gender", "male"));
        JsonNode forAWoman = JSON.readTree(target("resources").queryParam("nation", "scotland")
                .queryParam("child", "false").queryParam("gender", "female").request().get(String.class));

        assertThat(forAMan.contains("tara"), is(false));
        assertThat(forAMan.contains("migrant-help"), is(true));
        forAWoman.at("/entries").forEach(entry -> {
            if (entry.get("id").asText().equals("tara")) {
                assertThat(entry.at("/genders/0").asText(), is("female"));
            }
        });
        assertThat(target("resources").queryParam("gender", "other").request().get().getStatus(), is(400));
    }

    private static List<String> ids(WebTarget target) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(target.request().get(String.class)).at("/entries").forEach(entry -> ids.add(entry.get("id")
                .asText()));
        return ids;
    }

    @Test
    public void add_shouldRefuseAServiceOnlyForPeopleWhoPreferNotToSay() throws Exception {
        user.admin();
        ObjectNode entry = (ObjectNode) JSON.readTree(ENTRY);
        entry.putArray("genders").add("prefer-not-to-say");

        Response response = target("resources").request().post(Entity.json(entry.toString()));

        assertThat(response.getStatus(), is(400));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/errors/0/field").asText(), is("genders"));
        verifyNoInteractions(editor);
    }

    @Test
    public void resources_shouldNameEachBadFilter() throws Exception {
        Response response = target("resources").queryParam("nation", "france").queryParam("child", "maybe")
                .request().get();

        assertThat(response.getStatus(), is(400));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/errors/0/field").asText(), is("nation"));
        assertThat(body.at("/errors/0/message").asText(), containsString("'france' is not allowed here"));
        assertThat(body.at("/errors/1/field").asText(), is("child"));
    }

    @Test
    public void add_shouldSaveTheEntryForAnAdminAndAnswerWithIt() throws Exception {
        user.admin();
        when(editor.add(any(Resource.class), eq("admin"))).thenAnswer(call -> new DirectoryEditor.Outcome(
                DirectoryEditor.Outcome.Status.DONE, List.of(), call.getArgument(0)));

        Response response = target("resources").request().post(Entity.json(ENTRY));

        assertThat(response.getStatus(), is(201));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/id").asText(), is("local-refuge"));
        assertThat(body.at("/nations/0").asText(), is("england"));
        ArgumentCaptor<Resource> added = ArgumentCaptor.forClass(Resource.class);
        verify(editor).add(added.capture(), eq("admin"));
        assertThat(added.getValue().languages(), contains("Polish"));
        assertThat(added.getValue().verifiedOn(), is(LocalDate.of(2026, 11, 20)));
        assertThat(added.getValue().genders().isEmpty(), is(true));
    }

    @Test
    public void add_shouldTakeAnAddressWrittenWithoutHttpsAndSaveItWithIt() throws Exception {
        user.admin();
        when(editor.add(any(Resource.class), eq("admin"))).thenAnswer(call -> new DirectoryEditor.Outcome(
                DirectoryEditor.Outcome.Status.DONE, List.of(), call.getArgument(0)));
        ObjectNode entry = (ObjectNode) JSON.readTree(ENTRY);
        entry.put("url", "www.example.org/refuge");
        entry.put("source", " example.org/checked ");

        Response response = target("resources").request().post(Entity.json(entry.toString()));

        assertThat(response.getStatus(), is(201));
        ArgumentCaptor<Resource> added = ArgumentCaptor.forClass(Resource.class);
        verify(editor).add(added.capture(), eq("admin"));
        assertThat(added.getValue().url(), is("https://www.example.org/refuge"));
        assertThat(added.getValue().source(), is("https://example.org/checked"));
    }

    @Test
    public void add_shouldRefuseWhatItsColumnCannotHoldAndSaveNothing() throws Exception {
        user.admin();
        ObjectNode entry = (ObjectNode) JSON.readTree(ENTRY);
        entry.put("id", "i".repeat(256));
        entry.put("name", "n".repeat(256));
        entry.put("phone", "0".repeat(256));
        entry.put("source", "https://example.org/" + "s".repeat(767));

        Response response = target("resources").request().post(Entity.json(entry.toString()));

        assertThat(response.getStatus(), is(400));
        JsonNode errors = JSON.readTree(response.readEntity(String.class)).at("/errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields, containsInAnyOrder("id", "name", "phone", "source"));
        assertThat(errors.get(0).get("message").asText(), containsString("longer than 255 characters"));
        verifyNoInteractions(editor);
    }

    @Test
    public void add_shouldAcceptValuesThatExactlyFillTheirColumns() throws Exception {
        user.admin();
        when(editor.add(any(Resource.class), eq("admin"))).thenAnswer(call -> new DirectoryEditor.Outcome(
                DirectoryEditor.Outcome.Status.DONE, List.of(), call.getArgument(0)));
        ObjectNode entry = (ObjectNode) JSON.readTree(ENTRY);
        entry.put("name", "n".repeat(255));
        entry.put("source", "https://example.org/" + "s".repeat(767 - "https://example.org/".length()));

        assertThat(target("resources").request().post(Entity.json(entry.toString())).getStatus(), is(201));
    }

    @Test
    public void add_shouldRefuseALanguageWithALineBreakOrLanguagesTooLongTogether() throws Exception {
        user.admin();
        ObjectNode withBreak = (ObjectNode) JSON.readTree(ENTRY);
        withBreak.putArray("languages").add("Polish").add("Urdu\nArabic");
        ObjectNode tooMany = (ObjectNode) JSON.readTree(ENTRY);
        ArrayNode languages = tooMany.putArray("languages");
        for (int i = 0; i < 50; i++) {
            languages.add("Language number " + i);
        }

        JsonNode broken = JSON.readTree(target("resources").request().post(Entity.json(withBreak.toString()))
                .readEntity(String.class));
        JsonNode tooLong = JSON.readTree(target("resources").request().post(Entity.json(tooMany.toString()))
                .readEntity(String.class));

        assertThat(broken.at("/errors/0/field").asText(), is("languages[1]"));
        assertThat(broken.at("/errors/0/message").asText(), containsString("one line"));
        assertThat(tooLong.at("/errors/0/field").asText(), is("languages"));
        assertThat(tooLong.at("/errors/0/message").asText(), containsString("longer than 767 characters"));
        verifyNoInteractions(editor);
    }

    @Test
    public void add_shouldRefuseALanguageThatDrawsNothing() throws Exception {
        user.admin();
        ObjectNode entry = (ObjectNode) JSON.readTree(ENTRY);
        entry.putArray("languages").add("Polish").add("\u200B\u00A0\uFEFF");

        JsonNode refused = JSON.readTree(target("resources").request().post(Entity.json(entry.toString()))
                .readEntity(String.class));

        assertThat(refused.at("/errors/0/field").asText(), is("languages[1]"));
        verifyNoInteractions(editor);
    }

    @Test
    public void add_shouldNameEveryFieldOfTheWrongKindOrUnknownAndSaveNothing() throws Exception {
        user.admin();

        Response response = target("resources").request().post(Entity.json("{\"id\": \"x\", \"audience\": "
                + "\"pets\", \"nations\": [\"france\"], \"verifiedOn\": \"yesterday\", \"colour\": \"red\"}"));

        assertThat(response.getStatus(), is(400));
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.readEntity(String.class)).at("/errors").forEach(error ->
                fields.add(error.get("field").asText()));
        assertThat(fields, containsInAnyOrder("colour", "audience", "nations[0]", "verifiedOn"));
        verifyNoInteractions(editor);
    }

    @Test
    public void add_shouldAnswerBadJsonAndAnEmptyBodyWithWhatToDo() throws Exception {
        user.admin();

        Response broken = target("resources").request().post(Entity.json("{\"id\": "));
        Response empty = target("resources").request().post(Entity.json(""));

        assertThat(broken.getStatus(), is(400));
        assertThat(broken.readEntity(String.class), containsString("This is not valid JSON"));
        assertThat(empty.getStatus(), is(400));
        verifyNoInteractions(editor);
    }

    @Test
    public void add_shouldPassOnWhatTheRulesRefuseFieldByField() throws Exception {
        user.admin();
        when(editor.add(any(Resource.class), eq("admin"))).thenReturn(new DirectoryEditor.Outcome(
                DirectoryEditor.Outcome.Status.INVALID, List.of(new ResourceProblem("phone",
                        "safeguarding.resource.error.phone")), null));

        Response response = target("resources").request().post(Entity.json(ENTRY));

        assertThat(response.getStatus(), is(400));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/errors/0/field").asText(), is("phone"));
        assertThat(body.at("/errors/0/message").asText(), containsString("digits and spaces only"));
    }

    @Test
    public void writes_shouldBeForAdminsOnly() {
        Response asWorker = target("resources").request().post(Entity.json(ENTRY));
        user.anonymous();
        Response asNobody = target("resources/local-refuge/retire").request().post(Entity.json("{}"));

        assertThat(asWorker.getStatus(), is(403));
        assertThat(asNobody.getStatus(), is(401));
        verifyNoInteractions(editor);
    }

    @Test
    public void writes_shouldAcceptJsonOnly() {
        user.admin();

        Response response = target("resources").request().post(Entity.text(ENTRY));

        assertThat(response.getStatus(), is(415));
        verifyNoInteractions(editor);
    }

    @Test
    public void changeAndRetire_shouldAnswerNotFoundForAnUnknownEntry() {
        user.admin();
        DirectoryEditor.Outcome notFound = new DirectoryEditor.Outcome(DirectoryEditor.Outcome.Status.NOT_FOUND,
                List.of(), null);
        when(editor.change(eq("nobody"), any(Resource.class), eq("admin"))).thenReturn(notFound);
        when(editor.retire("nobody", "admin")).thenReturn(notFound);

        assertThat(target("resources/nobody").request().put(Entity.json(ENTRY)).getStatus(), is(404));
        assertThat(target("resources/nobody/retire").request().post(Entity.json("{}")).getStatus(), is(404));
    }

    @Test
    public void retire_shouldAnswerWithTheEntryNowRetired() throws Exception {
        user.admin();
        Resource retired = new ShippedDirectory().directory().entries().get(0);
        when(editor.retire("police-emergency", "admin")).thenReturn(new DirectoryEditor.Outcome(
                DirectoryEditor.Outcome.Status.DONE, List.of(), retired));

        Response response = target("resources/police-emergency/retire").request().post(Entity.json("{}"));

        assertThat(response.getStatus(), is(200));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/id").asText(), is("police-emergency"));
    }

    /** A page on another site could send these from a signed-in admin's browser without asking (issue 14). */
    @Test
    public void writes_shouldBeRefusedUnlessSentAsJsonAndChangeNothing() throws Exception {
        user.admin();
        List<Response> refused = List.of(
                target("resources/police-emergency/retire").request().post(null),
                target("resources/police-emergency/retire").request().post(Entity.text("{}")),
                target("resources/police-emergency/retire").request()
                        .post(Entity.form(new javax.ws.rs.core.Form("a", "b"))),
                target("resources").request().post(Entity.entity("{\"name\":\"Fake\"}", "text/plain")),
                target("resources/explanations/sq/review").request()
                        .post(Entity.entity("{}", "application/x-www-form-urlencoded")));

        for (Response response : refused) {
            assertThat(response.getStatus(), is(415));
            assertThat(JSON.readTree(response.readEntity(String.class)).at("/errors/0/message").asText(),
                    containsString("Nothing was saved"));
        }
        verifyNoInteractions(editor);
    }

    @Test
    public void explanations_shouldListEachLanguageAndWhetherItIsChecked() throws Exception {
        JsonNode body = JSON.readTree(target("resources/explanations").request().get(String.class));

        assertThat(body.size(), is(11));
        assertThat(body.at("/0/tag").asText(), is("en"));
        assertThat(body.at("/0/reviewed").asBoolean(), is(false));
    }

    @Test
    public void review_shouldRecordWhoCheckedATranslationForAnAdmin() {
        user.admin();
        when(editor.recordReview("sq", "Arta Krasniqi, interpreter", LocalDate.of(2026, 11, 20), "admin"))
                .thenReturn(new DirectoryEditor.Outcome(DirectoryEditor.Outcome.Status.DONE, List.of(), null));

        Response response = target("resources/explanations/sq/review").request().post(Entity.json(
                "{\"by\": \"Arta Krasniqi, interpreter\", \"on\": \"2026-11-20\"}"));

        assertThat(response.getStatus(), is(200));
        verify(editor).recordReview("sq", "Arta Krasniqi, interpreter", LocalDate.of(2026, 11, 20), "admin");
    }

    @Test
    public void review_shouldNameBadFieldsRefuseNonAdminsAndUnknownLanguages() throws Exception {
        Response asWorker = target("resources/explanations/sq/review").request().post(Entity.json(
                "{\"by\": \"Arta\", \"on\": \"2026-11-20\"}"));
        user.admin();
        when(editor.recordReview(eq("ku"), any(), any(), eq("admin"))).thenReturn(new DirectoryEditor.Outcome(
                DirectoryEditor.Outcome.Status.NOT_FOUND, List.of(), null));

        Response bad = target("resources/explanations/sq/review").request().post(Entity.json(
                "{\"by\": \"Arta\", \"on\": \"last week\", \"when\": \"now\"}"));
        Response unknown = target("resources/explanations/ku/review").request().post(Entity.json(
                "{\"by\": \"Someone\", \"on\": \"2026-11-20\"}"));

        assertThat(asWorker.getStatus(), is(403));
        assertThat(bad.getStatus(), is(400));
        List<String> fields = new ArrayList<>();
        JSON.readTree(bad.readEntity(String.class)).at("/errors").forEach(error ->
                fields.add(error.get("field").asText()));
        assertThat(fields, containsInAnyOrder("when", "on"));
        assertThat(unknown.getStatus(), is(404));
    }

    @Test
    public void review_shouldRepeatOnlyTheStartOfAHugeDateItCannotRead() {
        user.admin();

        Response response = target("resources/explanations/sq/review").request().post(Entity.json(
                "{\"by\": \"Arta\", \"on\": \"" + "9".repeat(100_000) + "\"}"));

        assertThat(response.getStatus(), is(400));
        assertThat(response.readEntity(String.class).length(), is(lessThan(1_000)));
    }

    @Test
    public void resources_shouldAskAnonymousUsersToLogIn() {
        user.anonymous();

        assertThat(target("resources").request().get().getStatus(), is(401));
    }
}
