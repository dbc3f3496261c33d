package org.safeguarding.jira.connections;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.screening.Screening;

/**
 * A case's markers served by real Jersey 2: every SG case is visible to the user; "lead" leads SG-1, SG-2 and SG-3,
 * not SG-9.
 */
public class MarkerResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Set<String> LED = Set.of("SG-1", "SG-2", "SG-3");
    private static final Marker PHONE = new Marker(MarkerKind.PHONE, "07700 900123", "+447700900123");

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemoryCaseMarkers markers;
    private InMemoryAccessLog log;
    /** Each set of cases the resource asked Jira to link. */
    private List<List<String>> linkedInJira;

    @Override
    protected Application configure() {
        user = TestUser.worker().lead();
        markers = new InMemoryCaseMarkers();
        log = new InMemoryAccessLog();
        linkedInJira = new ArrayList<>();
        Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);
        return new ResourceConfig().register(new MarkerResource(user, key -> key.startsWith("SG-")
                ? CaseLookup.found(key, Screening.builder().build()) : CaseLookup.notVisible(),
                key -> "lead".equals(user.key().orElse(null)) && LED.contains(key), markers, keys -> {
                    linkedInJira.add(keys);
                    return new CaseLinks.Linked(List.of("SG-1 and SG-2"), 1, List.of());
                }, new AccessRecorder(log, user, clock), key -> "Sam Lead", new PropertiesTexts(), clock))
                .register(JacksonFeature.class);
    }

    private Response post(String caseKey, String body) {
        return target("issue/" + caseKey + "/markers").request().post(Entity.json(body));
    }

    private JsonNode markersOf(String caseKey) throws Exception {
        Response answer = target("issue/" + caseKey + "/markers").request().get();
        assertThat(answer.getStatus(), is(200));
        return JSON.readTree(answer.readEntity(String.class));
    }

    private static List<String> errors(Response refused) throws Exception {
        List<String> errors = new ArrayList<>();
        JSON.readTree(refused.readEntity(String.class)).at("/errors").forEach(error -> errors.add(
                error.at("/field").asText() + ": " + error.at("/message").asText()));
        return errors;
    }

    @Test
    public void record_shouldKeepTheMarkerAsTypedWithItsKeyAndAnswer201() throws Exception {
        Response recorded = post("SG-1", "{\"kind\": \"phone\", \"value\": \" 07700 900123 \"}");

        assertThat(recorded.getStatus(), is(201));
        JsonNode marker = JSON.readTree(recorded.readEntity(String.class));
        assertThat(marker.at("/kind").asText(), is("phone"));
        assertThat(marker.at("/kindText").asText(), is("Phone number"));
        assertThat(marker.at("/value").asText(), is("07700 900123"));
        assertThat(marker.at("/matchedAs").asText(), is("+447700900123"));
        assertThat(marker.at("/recordedBy").asText(), is("Sam Lead"));
        assertThat(marker.at("/recordedAt").asText(), is("2026-12-01T09:00:00Z"));
        assertThat(markers.forCase("SG-1"), contains(new CaseMarkers.Recorded(1, "SG-1",
                new Marker(MarkerKind.PHONE, "07700 900123", "+447700900123"), "lead", NINE)));
    }

    @Test
    public void markers_shouldNameTheOtherCasesThisLeadLeadsWithTheSameMarkerAndNoOther() throws Exception {
        post("SG-1", "{\"kind\": \"place\", \"value\": \"Sparkle Car Wash, M1 1AE\"}");
        post("SG-2", "{\"kind\": \"place\", \"value\": \"sparkle car wash m11ae\"}");
        markers.add("SG-9", Marker.of(MarkerKind.PLACE, "SPARKLE CAR WASH M1 1AE").marker().orElseThrow(), "other",
                NINE);
        post("SG-3", "{\"kind\": \"place\", \"value\": \"Sparkle Car Wash, M1 1AF\"}");

        JsonNode sg1 = markersOf("SG-1");

        assertThat(sg1.at("/case").asText(), is("SG-1"));
        assertThat(sg1.at("/markers/0/alsoOn").toString(), is("[\"SG-2\"]"));
        assertThat(markersOf("SG-3").at("/markers/0/alsoOn").size(), is(0));
    }

    @Test
    public void markers_shouldBeRecordedInTheCasesAccessLogWhenViewed() throws Exception {
        markersOf("SG-1");

        assertThat(log.latest("SG-1", 10).stream().map(CaseAccess::detail).toList(),
                contains(MarkerResource.VIEWED));
    }

    @Test
    public void record_shouldSayInWordsWhatIsWrongWithTheValue() throws Exception {
        Response refused = post("SG-1", "{\"kind\": \"vehicle\", \"value\": \"white van\"}");

        assertThat(refused.getStatus(), is(400));
        assertThat(errors(refused), contains("value: This is not a registration we can read. Write the letters and "
                + "numbers on the plate, for example AB12 CDE."));
        assertThat(markers.forCase("SG-1"), is(empty()));
    }

    @Test
    public void record_shouldRefuseAMissingOrUnknownKindAndAnEmptyOrTooLongValue() throws Exception {
        assertThat(errors(post("SG-1", "{\"value\": \"07700 900123\"}")).get(0), is("kind: Say what kind of marker "
                + "this is: a workplace or address, a phone number, a vehicle registration, a name, or a website or "
                + "profile."));
        assertThat(errors(post("SG-1", "{\"kind\": \"boat\", \"value\": \"x\"}")).get(0).startsWith("kind: "),
                is(true));
        assertThat(errors(post("SG-1", "{\"kind\": \"name\"}")), contains("value: Write what you know here: it cannot "
                + "be empty."));
        assertThat(errors(post("SG-1", "{\"kind\": \"name\", \"value\": \"" + "a".repeat(201) + "\"}")),
                contains("value: Keep it to 200 characters or fewer."));
        assertThat(errors(post("SG-1", "{\"kind\": \"name\", \"value\": \"Ali\", \"note\": \"x\"}")).get(0)
                .startsWith("note: "), is(true));
        assertThat(errors(post("SG-1", "not json")).isEmpty(), is(false));
        assertThat(markers.forCase("SG-1"), is(empty()));
    }

    @Test
    public void markers_shouldBeForTheCasesLeadsOnly() throws Exception {
        Response notLed = target("issue/SG-9/markers").request().get();
        Response notVisible = target("issue/OTHER-1/markers").request().get();
        Response recordOnNotLed = post("SG-9", "{\"kind\": \"name\", \"value\": \"Ali\"}");

        assertThat(notLed.getStatus(), is(403));
        assertThat(notLed.readEntity(String.class).contains("Only the case's safeguarding leads"), is(true));
        assertThat(notVisible.getStatus(), is(403));
        assertThat(recordOnNotLed.getStatus(), is(403));
        assertThat(markers.forCase("SG-9"), is(empty()));
        assertThat(log.latest("SG-9", 10), is(empty()));
    }

    @Test
    public void markers_shouldAskSomeoneNotLoggedInToLogIn() {
        user.anonymous();

        assertThat(target("issue/SG-1/markers").request().get().getStatus(), is(401));
        assertThat(post("SG-1", "{\"kind\": \"name\", \"value\": \"Ali\"}").getStatus(), is(401));
    }

    /** A marker recorded by mistake goes, with who removed one and when in the log, and never what it was. */
    @Test
    public void remove_shouldTakeTheMarkerOffTheCaseAndSayWhoRemovedOneInTheAccessLog() throws Exception {
        CaseMarkers.Recorded mistaken = markers.add("SG-1", PHONE, "lead", NINE);
        CaseMarkers.Recorded kept = markers.add("SG-1", new Marker(MarkerKind.NAME, "Ali", "ali"), "lead", NINE);

        Response removed = remove("SG-1", mistaken.id());

        assertThat(removed.getStatus(), is(204));
        assertThat(markers.forCase("SG-1"), contains(kept));
        CaseAccess logged = log.latest("SG-1", 1).get(0);
        assertThat(logged.kind(), is(AccessKind.CHANGED));
        assertThat(logged.detail(), is("safeguarding.access.detail.marker-removed"));
        assertThat(logged.userKey(), is("lead"));
    }

    /** Another case's marker, one already gone, or a number that is none: 404 in words, and nothing changes. */
    @Test
    public void remove_shouldAnswer404ForAMarkerTheCaseDoesNotHave() throws Exception {
        CaseMarkers.Recorded onSg2 = markers.add("SG-2", PHONE, "lead", NINE);

        for (String id : List.of(String.valueOf(onSg2.id()), "999", "-1", "1e3", "99999999999999999999")) {
            Response refused = target("issue/SG-1/markers/" + id + "/remove").request().post(Entity.json("{}"));
            assertThat(id, refused.getStatus(), is(404));
            assertThat(id, errors(refused), contains(": SG-1 has no such marker: it may have been removed already. "
                    + "Open the case's markers again to see them as they are now."));
        }
        assertThat(markers.forCase("SG-2"), contains(onSg2));
        assertThat(log.latest("SG-1", 10), is(empty()));
    }

    @Test
    public void remove_shouldBeForTheCasesLeadsOnly() {
        CaseMarkers.Recorded onSg9 = markers.add("SG-9", PHONE, "lead", NINE);
        CaseMarkers.Recorded onSg1 = markers.add("SG-1", PHONE, "lead", NINE);

        assertThat(remove("SG-9", onSg9.id()).getStatus(), is(403));
        user.anonymous();
        assertThat(remove("SG-1", onSg1.id()).getStatus(), is(401));
        assertThat(markers.forCase("SG-9"), contains(onSg9));
        assertThat(markers.forCase("SG-1"), contains(onSg1));
    }

    private Response remove(String caseKey, long id) {
        return target("issue/" + caseKey + "/markers/" + id + "/remove").request().post(Entity.json("{}"));
    }

    /** The cases of the marker this lead leads, every two of them, never SG-9, which another lead leads. */
    @Test
    public void link_shouldAskJiraToLinkTheCasesThisLeadLeadsThatShareTheMarker() throws Exception {
        CaseMarkers.Recorded onSg1 = markers.add("SG-1", PHONE, "lead", NINE);
        markers.add("SG-2", PHONE, "lead", NINE);
        markers.add("SG-9", PHONE, "lead", NINE);

        Response linked = target("issue/SG-1/markers/" + onSg1.id() + "/link").request().post(Entity.json("{}"));

        assertThat(linked.getStatus(), is(200));
        JsonNode answer = JSON.readTree(linked.readEntity(String.class));
        assertThat(answer.at("/linked/0").asText(), is("SG-1 and SG-2"));
        assertThat(answer.at("/already").asInt(), is(1));
        assertThat(answer.at("/message").asText(), is("Linked in Jira: SG-1 and SG-2. Already linked: 1 pair."));
        assertThat(linkedInJira, contains(List.of("SG-1", "SG-2")));
        assertThat(log.latest("SG-2", 1).get(0).detail(), is("safeguarding.access.detail.cases-linked"));
        assertThat(log.latest("SG-9", 1), is(empty()));
    }

    /** Another case's marker is 404; a marker on no other led case is 409 in words; nothing is asked of Jira. */
    @Test
    public void link_shouldRefuseAMarkerNotOnTheCaseOrOnNoOtherCaseThisLeadLeads() throws Exception {
        CaseMarkers.Recorded onSg2 = markers.add("SG-2", PHONE, "lead", NINE);
        CaseMarkers.Recorded alone = markers.add("SG-1", new Marker(MarkerKind.NAME, "Ali", "ali"), "lead", NINE);
        markers.add("SG-9", new Marker(MarkerKind.NAME, "Ali", "ali"), "lead", NINE);

        Response notOnCase = target("issue/SG-1/markers/" + onSg2.id() + "/link").request().post(Entity.json("{}"));
        Response nothingToLink = target("issue/SG-1/markers/" + alone.id() + "/link").request()
                .post(Entity.json("{}"));

        assertThat(notOnCase.getStatus(), is(404));
        assertThat(nothingToLink.getStatus(), is(409));
        assertThat(errors(nothingToLink), contains(": Fewer than two of the cases this is on are cases you lead, so "
                + "there is nothing for you to link."));
        assertThat(linkedInJira, is(empty()));
    }
}
