package org.safeguarding.jira.sharing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.OrganisationType;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.Screening;

/** A case's agency and sharing log served by real Jersey 2: SG-1 and SG-2 are cases "lead" leads. */
public class AgencyLogResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TO_POLICE = "{\"agency\": \"police\", \"agencyName\": \"Police Scotland\", "
            + "\"sharedOn\": \"2026-11-30\", \"channel\": \"phone\", \"whatShared\": \"Where she works\", "
            + "\"basis\": \"public-task\", \"condition\": \"safeguarding\", \"withConsent\": false, "
            + "\"withoutConsentBecause\": \"Asking would alert him\", \"theirReference\": \"CR/123\", "
            + "\"purpose\": \"So they can protect her tonight\", \"decidedBy\": \"Sam, the DSL\", "
            + "\"personTold\": false, \"notToldBecause\": \"He reads her phone\", \"urgent\": true, "
            + "\"criminalCondition\": \"preventing-unlawful-acts\"}";
    private static final String NOT_SHARED = "{\"shared\": false, \"agency\": \"other\", \"agencyName\": "
            + "\"Her employer\", \"sharedOn\": \"2026-11-30\", \"whatShared\": \"Her address\", \"purpose\": "
            + "\"They asked to send her wages\", \"decidedBy\": \"Sam, the DSL\", \"personTold\": true, "
            + "\"notSharedBecause\": \"He may be the one controlling her\"}";

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemoryAgencyLog log;
    private InMemorySettings settings;

    @Override
    protected Application configure() {
        user = TestUser.worker().lead();
        log = new InMemoryAgencyLog();
        settings = new InMemorySettings(AppSettings.DEFAULTS);
        return new ResourceConfig().register(new AgencyLogResource(user, key -> key.startsWith("SG-")
                ? CaseLookup.found(key, Screening.builder().build()) : CaseLookup.notVisible(),
                key -> true, log, key -> "Sam Lead", settings, new PropertiesTexts(),
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC)))
                .register(JacksonFeature.class);
    }

    private Response post(String caseKey, String body) {
        return target("issue/" + caseKey + "/agency-log").request().post(Entity.json(body));
    }

    private static List<String> fields(Response refused) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(refused.readEntity(String.class)).at("/errors").forEach(error -> fields.add(
                error.at("/field").asText()));
        return fields;
    }

    @Test
    public void record_shouldAppendTheEntryAsTheLeadAndAnswer201WithIt() throws Exception {
        Response recorded = post("SG-1", TO_POLICE);

        assertThat(recorded.getStatus(), is(201));
        JsonNode entry = JSON.readTree(recorded.readEntity(String.class));
        assertThat(entry.at("/id").asLong(), is(1L));
        assertThat(entry.at("/recordedBy").asText(), is("Sam Lead"));
        assertThat(entry.at("/recordedAt").asText(), is("2026-12-01T09:00:00Z"));
        assertThat(entry.at("/withoutConsentBecause").asText(), is("Asking would alert him"));
        assertThat(log.forCase("SG-1"), contains(new AgencyShare.Recorded(1, "SG-1", "lead",
                Instant.parse("2026-12-01T09:00:00Z"), new AgencyShare(Agency.POLICE, "Police Scotland",
                        LocalDate.of(2026, 11, 30), SharingChannel.PHONE, "Where she works", LawfulBasis.PUBLIC_TASK,
                        SharingCondition.SAFEGUARDING, false, "Asking would alert him", "CR/123",
                        Optional.empty(), Optional.of(new ShareDecision(true, "So they can protect her tonight",
                        "Sam, the DSL", false, "He reads her phone", null, null, true,
                        Optional.of(SharingCondition.PREVENTING_UNLAWFUL_ACTS)))))));
        assertThat(entry.at("/urgent").asBoolean(), is(true));
        assertThat(entry.at("/criminalCondition").asText(), is("preventing-unlawful-acts"));
    }

    /** The ICO's code asks for decisions not to share, with reasons (§14.4): no channel, basis or consent. */
    @Test
    public void record_shouldKeepADecisionNotToShareWithItsReasonAndRefuseAChannelForIt() throws Exception {
        Response recorded = post("SG-1", NOT_SHARED);
        Response withChannel = post("SG-1", NOT_SHARED.replace("}", ", \"channel\": \"phone\"}"));
        Response withoutReason = post("SG-1", NOT_SHARED.replace(", \"notSharedBecause\": \"He may be the one "
                + "controlling her\"", ""));

        assertThat(recorded.getStatus(), is(201));
        AgencyShare kept = log.forCase("SG-1").get(0).share();
        assertThat(kept.isShared(), is(false));
        assertThat(kept.channel(), is(nullValue()));
        assertThat(kept.decision().orElseThrow().notSharedBecause(), is("He may be the one controlling her"));
        assertThat(fields(withChannel), contains("channel"));
        assertThat(fields(withoutReason), contains("notSharedBecause"));
        assertThat(log.forCase("SG-1").size(), is(1));
    }

    @Test
    public void record_shouldAskWhyThePersonWasNotToldAndForAConditionForCriminalOffenceInformation()
            throws Exception {
        Response notToldWhy = post("SG-1", TO_POLICE.replace(", \"notToldBecause\": \"He reads her phone\"", ""));
        Response noCondition = post("SG-1", TO_POLICE.replace("preventing-unlawful-acts", "none-needed"));

        assertThat(fields(notToldWhy), contains("notToldBecause"));
        assertThat(fields(noCondition), contains("criminalCondition"));
        assertThat(log.forCase("SG-1"), is(empty()));
    }

    @Test
    public void record_shouldNameEveryMissingFieldAndSaveNothing() throws Exception {
        Response refused = post("SG-1", "{}");

        assertThat(refused.getStatus(), is(400));
        assertThat(fields(refused), containsInAnyOrder("agency", "sharedOn", "channel", "whatShared", "basis",
                "condition", "withConsent", "purpose", "decidedBy", "personTold"));
        assertThat(log.forCase("SG-1"), is(empty()));
    }

    @Test
    public void record_shouldRefuseUnknownValuesAndAReferenceTooLongForItsColumn() throws Exception {
        Response refused = post("SG-1", TO_POLICE.replace("\"police\"", "\"mi5\"")
                .replace("CR/123", "x".repeat(AgencyShare.MAX_REFERENCE + 1)).replace("}", ", \"colour\": \"red\"}"));

        assertThat(refused.getStatus(), is(400));
        assertThat(fields(refused), containsInAnyOrder("agency", "theirReference", "colour"));
        assertThat(log.forCase("SG-1"), is(empty()));
    }

    /** A council's settings say it is a public authority: legitimate interests is refused, with why, and not saved. */
    @Test
    public void record_shouldRefuseLegitimateInterestsToAPublicAuthority() throws Exception {
        settings.save(new AppSettings(Set.of(), false, false, null, null, null, false,
                OrganisationType.PUBLIC_AUTHORITY));

        Response refused = post("SG-1", TO_POLICE.replace("public-task", "legitimate-interests"));
        refused.bufferEntity();

        assertThat(refused.getStatus(), is(400));
        assertThat(fields(refused), contains("basis"));
        assertThat(refused.readEntity(String.class), containsString("A public authority may not rely on legitimate "
                + "interests"));
        assertThat(log.forCase("SG-1"), is(empty()));
    }

    @Test
    public void record_shouldRefuseConsentAsTheBasisOfAShareWithoutConsent() throws Exception {
        Response refused = post("SG-1", TO_POLICE.replace("public-task", "consent"));

        assertThat(refused.getStatus(), is(400));
        assertThat(JSON.readTree(refused.readEntity(String.class)).at("/errors/0/message").asText(), is(
                new PropertiesTexts().text("safeguarding.error.sharing.consent-basis-without-consent")));
        assertThat(log.forCase("SG-1"), is(empty()));
    }

    @Test
    public void record_shouldRefuseToCorrectAnEntryOfAnotherCase() throws Exception {
        post("SG-2", TO_POLICE);

        Response refused = post("SG-1", TO_POLICE.replace("}", ", \"corrects\": 1}"));

        assertThat(fields(refused), contains("corrects"));
        assertThat(log.forCase("SG-1"), is(empty()));
    }

    @Test
    public void entries_shouldListTheCasesEntriesOldestFirstMarkingThoseALaterOneCorrects() throws Exception {
        post("SG-1", TO_POLICE);
        post("SG-1", TO_POLICE.replace("Where she works", "Where she works and lives").replace("}",
                ", \"corrects\": 1}"));

        JsonNode listed = JSON.readTree(target("issue/SG-1/agency-log").request().get(String.class));

        assertThat(listed.at("/case").asText(), is("SG-1"));
        assertThat(listed.at("/entries/0/corrected").asBoolean(), is(true));
        assertThat(listed.at("/entries/1/corrects").asLong(), is(1L));
        assertThat(listed.at("/entries/1/corrected").asBoolean(), is(false));
    }
}
