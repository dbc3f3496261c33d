package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Screening;

/** The subject-access export served by real Jersey 2: the case's leads only, everything in words, recorded. */
public class SubjectAccessResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CaseRecord SG_1 = new CaseRecord("SG-1", "Concern at the shelter", "Met at the drop-in.",
            new InMemoryCaseValues().with(CaseFields.NATION, "wales"), List.of(new CaseRecord.Note("Ann Worker",
            LocalDateTime.of(2026, 11, 28, 17, 5), "Said her passport is kept by the boss.")));

    private static final CaseRecord NO_DESCRIPTION = new CaseRecord("SG-3", "Concern at the hub", null,
            new InMemoryCaseValues(), List.of());

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemoryAccessLog log;
    private InMemoryAgencyLog agencyLog;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        log = new InMemoryAccessLog();
        agencyLog = new InMemoryAgencyLog();
        agencyLog.append("SG-1", "lead", Instant.parse("2026-11-29T09:00:00Z"), new AgencyShare(Agency.GUARDIAN,
                null, LocalDate.of(2026, 11, 28), SharingChannel.MEETING, "Her plan", LawfulBasis.PUBLIC_TASK,
                SharingCondition.SAFEGUARDING, true, null, "ICTG-9", Optional.empty()));
        agencyLog.append("SG-2", "lead", Instant.parse("2026-11-29T09:00:00Z"), new AgencyShare(Agency.POLICE,
                null, LocalDate.of(2026, 11, 28), SharingChannel.PHONE, "Another case", LawfulBasis.PUBLIC_TASK,
                SharingCondition.SAFEGUARDING, true, null, null, Optional.empty()));
        return new ResourceConfig().register(new SubjectAccessResource(user,
                        // Stands in for any other key Jira resolves to SG-1, such as the old key of a moved case.
                        key -> !"admin".equals(user.key().orElse(null)) ? Optional.empty()
                                : key.equalsIgnoreCase("SG-1") ? Optional.of(SG_1)
                                : key.equals("SG-3") ? Optional.of(NO_DESCRIPTION) : Optional.empty(),
                        key -> key.equals("SG-1") ? CaseLookup.found(key, Screening.builder().build())
                                : CaseLookup.notVisible(),
                        new AccessRecorder(log, user, new UkClock()), agencyLog, key -> "Sam Lead",
                                () -> new Organisation(false, false), new PropertiesTexts(),
                        Clock.fixed(Instant.parse("2026-11-29T09:15:00Z"), ZoneOffset.UTC)))
                .register(JacksonFeature.class);
    }

    /** What was never written is left out, not given as empty (issue 30). */
    @Test
    public void export_shouldLeaveOutADescriptionNobodyWrote() throws Exception {
        user.admin();

        JsonNode body = JSON.readTree(target("issue/SG-3/subject-access").request().get(String.class));

        assertThat(body.has("description"), is(false));
        assertThat(body.at("/summary").asText(), is("Concern at the hub"));
    }

    @Test
    public void export_shouldGiveTheCasesLeadEveryRecordedValueInWordsAndRecordIt() throws Exception {
        user.admin(); // this test's lead of SG-1

        JsonNode body = JSON.readTree(target("issue/SG-1/subject-access").request().get(String.class));

        assertThat(body.at("/case").asText(), is("SG-1"));
        assertThat(body.at("/summary").asText(), is("Concern at the shelter"));
        assertThat(body.at("/produced").asText(), is("2026-11-29T09:15:00Z"));
        assertThat(body.at("/fields/0/field").asText(), is("Nation where the concern is raised"));
        assertThat(body.at("/fields/0/value").asText(), is("Wales"));
        assertThat(body.at("/description").asText(), is("Met at the drop-in."));
        assertThat(body.at("/comments/0/author").asText(), is("Ann Worker"));
        assertThat(body.at("/comments/0/written").asText(), is("2026-11-28T17:05"));
        assertThat(body.at("/comments/0/text").asText(), is("Said her passport is kept by the boss."));
        assertThat(body.at("/shares").size(), is(1));
        assertThat(body.at("/shares/0/agency").asText(), is("guardian"));
        assertThat(body.at("/shares/0/whatShared").asText(), is("Her plan"));
        assertThat(body.at("/shares/0/theirReference").asText(), is("ICTG-9"));
        // What the app concluded about them, in words, as the printable export gives it (issue 30).
        assertThat(body.at("/risk/level").asText(), is(new PropertiesTexts().text(
                "safeguarding.risk.not-enough-information")));
        assertThat(body.at("/risk/reasons").size() > 0, is(true));
        assertThat(log.latest("SG-1", 5).size(), is(1));
    }

    @Test
    public void export_shouldRecordTheExportUnderTheKeyOfTheCaseFoundNotTheKeyAsTyped() throws Exception {
        user.admin();

        JsonNode body = JSON.readTree(target("issue/sg-1/subject-access").request().get(String.class));

        assertThat(body.at("/case").asText(), is("SG-1"));
        assertThat(log.latest("SG-1", 5).size(), is(1));
        assertThat(log.latest("sg-1", 5).isEmpty(), is(true));
    }

    @Test
    public void export_shouldTellAWorkerWhoSeesTheCaseThatOnlyLeadsMayExportIt() {
        Response response = target("issue/SG-1/subject-access").request().get();

        assertThat(response.getStatus(), is(403));
        assertThat(response.readEntity(String.class), containsString("Only the case's safeguarding leads"));
        assertThat(log.latest("SG-1", 5).isEmpty(), is(true));
    }

    @Test
    public void export_shouldAnswerACaseSomeoneMayNotSeeAsOneThatDoesNotExist() {
        Response response = target("issue/SG-2/subject-access").request().get();

        assertThat(response.getStatus(), is(403));
        assertThat(response.readEntity(String.class), containsString("You cannot see this case, or it does not exist"));
    }

    @Test
    public void export_shouldAskSomeoneNotLoggedInToLogIn() {
        user.anonymous();

        assertThat(target("issue/SG-1/subject-access").request().get().getStatus(), is(401));
    }
}
