package org.safeguarding.jira.assessment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Organisation;

/**
 * People a worker meets, across nation, age, consent, organisation and danger, with the steps that must and must
 * never be advised, written from the statutory guidance and the domain reference's §13, not from what the app says.
 * Each is assessed twice: by the domain core, and through {@code POST /assessment} served by real Jersey.
 */
public class VignettesTest extends JerseyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Organisation COUNCIL = new Organisation(true, true);
    private static final Organisation FIRST_RESPONDER_CHARITY = new Organisation(true, false);
    private static final Organisation SMALL_CHARITY = new Organisation(false, false);
    private static final String ONE_SIGN = "\"immediateDanger\":\"no\",\"answers\":{\"owes-money\":\"yes\"}";

    /** One person: what is recorded, who the organisation is, what must and must never be advised. */
    private record Vignette(String who, String screening, Organisation organisation, List<String> must,
                            List<String> never) {
    }

    private static final List<Vignette> VIGNETTES = List.of(
            new Vignette("adult in England who says no, met by a council", adult("england", "refused"), COUNCIL,
                    List.of("submit-duty-to-notify", "record-refusal-and-safety-plan", "offer-support-without-nrm"),
                    List.of("make-nrm-referral")),
            new Vignette("adult in Scotland who says no, met by a council", adult("scotland", "refused"), COUNCIL,
                    List.of("record-refusal-and-safety-plan", "offer-support-without-nrm"),
                    List.of("submit-duty-to-notify", "make-nrm-referral")),
            new Vignette("adult in Northern Ireland who says no, met by a council",
                    adult("northern-ireland", "refused"), COUNCIL,
                    List.of("record-refusal-and-safety-plan", "offer-support-without-nrm"),
                    List.of("submit-duty-to-notify", "make-nrm-referral")),
            new Vignette("adult in Wales who says no, met by a small charity", adult("wales", "refused"),
                    SMALL_CHARITY, List.of("record-refusal-and-safety-plan", "offer-support-without-nrm"),
                    List.of("submit-duty-to-notify", "make-nrm-referral")),
            new Vignette("adult in England who agrees, met by a first responder charity", adult("england", "given"),
                    FIRST_RESPONDER_CHARITY, List.of("make-nrm-referral"),
                    List.of("submit-duty-to-notify", "refer-through-fro-or-helpline")),
            new Vignette("adult in England who agrees, met by a small charity", adult("england", "given"),
                    SMALL_CHARITY, List.of("refer-through-fro-or-helpline"), List.of("make-nrm-referral")),
            new Vignette("child in England, met by a small charity", child("england", "\"ageGroup\":\"under-18\""),
                    SMALL_CHARITY, List.of("refer-to-childrens-services", "tell-police", "ask-fro-for-nrm-referral",
                            "refer-to-child-guardian"),
                    List.of("explain-nrm-and-ask-consent", "submit-duty-to-notify")),
            new Vignette("child in Scotland, met by a first responder charity",
                    child("scotland", "\"ageGroup\":\"under-18\""), FIRST_RESPONDER_CHARITY,
                    List.of("refer-to-social-work", "tell-police", "make-nrm-referral",
                            "ask-for-guardianship-scotland"),
                    List.of("refer-to-childrens-services", "refer-to-child-guardian", "explain-nrm-and-ask-consent")),
            new Vignette("child in Northern Ireland, met by a council",
                    child("northern-ireland", "\"ageGroup\":\"under-18\""), COUNCIL,
                    List.of("refer-to-gateway-team", "tell-police", "make-nrm-referral",
                            "ask-for-independent-guardian"),
                    List.of("refer-to-childrens-services", "refer-to-child-guardian", "submit-duty-to-notify")),
            new Vignette("child in Northern Ireland, met by a small charity",
                    child("northern-ireland", "\"ageGroup\":\"under-18\""), SMALL_CHARITY,
                    List.of("refer-to-gateway-team", "ask-trust-or-psni-for-nrm-referral"),
                    List.of("ask-fro-for-nrm-referral", "refer-to-childrens-services")),
            new Vignette("someone in England who may be a child and says no, met by a council",
                    child("england", "\"ageGroup\":\"not-sure\",\"consent\":\"refused\""), COUNCIL,
                    List.of("request-age-assessment", "refer-to-childrens-services", "make-nrm-referral"),
                    List.of("submit-duty-to-notify", "explain-nrm-and-ask-consent")),
            new Vignette("someone recorded as an adult but born a child, who says no, met by a council",
                    child("england", "\"ageGroup\":\"adult\",\"dateOfBirth\":\"2011-03-01\",\"consent\":\"refused\""),
                    COUNCIL, List.of("refer-to-childrens-services", "check-contradictions", "make-nrm-referral"),
                    List.of("submit-duty-to-notify", "explain-nrm-and-ask-consent")),
            new Vignette("a child in England turning 18 in two months",
                    child("england", "\"ageGroup\":\"under-18\",\"dateOfBirth\":\"2009-01-29\""),
                    FIRST_RESPONDER_CHARITY, List.of("plan-for-eighteenth-birthday", "refer-to-childrens-services"),
                    List.of("explain-nrm-and-ask-consent")),
            new Vignette("someone recorded as under 18 who turned 18 last month",
                    child("england", "\"ageGroup\":\"under-18\",\"dateOfBirth\":\"2008-10-29\","
                            + "\"consent\":\"not-asked-yet\""), FIRST_RESPONDER_CHARITY,
                    List.of("ask-consent-to-stay-in-nrm", "explain-nrm-and-ask-consent"),
                    List.of("request-age-assessment", "refer-to-childrens-services")),
            new Vignette("adult in Scotland in danger now, met by a small charity",
                    "{\"immediateDanger\":\"yes\",\"ageGroup\":\"adult\",\"nation\":\"scotland\","
                            + "\"consent\":\"not-asked-yet\",\"answers\":{\"owes-money\":\"yes\"}}", SMALL_CHARITY,
                    List.of("call-999", "explain-nrm-and-ask-consent"), List.of("submit-duty-to-notify")));

    private InMemorySettings settings;

    @Override
    protected Application configure() {
        settings = InMemorySettings.of(SMALL_CHARITY);
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));
        return new ResourceConfig()
                .register(new AssessmentResource(TestUser.worker(), settings, new PropertiesTexts(), clock))
                .register(JacksonFeature.class);
    }

    @Test
    public void assess_shouldAdviseWhatTheGuidanceSaysForEachPersonInTheDomainCore() {
        for (Vignette vignette : VIGNETTES) {
            ScreeningJsonReader.Result read = ScreeningJsonReader.read(vignette.screening(), TODAY);
            assertThat(vignette.who() + ": " + read.errors(), read.isValid(), is(true));
            List<String> actions = Assessor.assess(read.screening(), vignette.organisation(), TODAY)
                    .recommendations().stream().map(recommendation -> recommendation.action().id()).toList();
            assertAdvice(vignette, actions);
        }
    }

    @Test
    public void assess_shouldAdviseWhatTheGuidanceSaysForEachPersonThroughTheRestApi() throws Exception {
        for (Vignette vignette : VIGNETTES) {
            settings.save(InMemorySettings.of(vignette.organisation()).read());
            Response response = target("assessment").request(MediaType.APPLICATION_JSON)
                    .post(Entity.json(vignette.screening()));
            String body = response.readEntity(String.class);
            assertThat(vignette.who() + ": " + body, response.getStatus(), is(200));
            List<String> actions = new ArrayList<>();
            JSON.readTree(body).at("/actions").forEach((JsonNode action) -> actions.add(action.at("/id").asText()));
            assertAdvice(vignette, actions);
        }
    }

    @Test
    public void assess_shouldPutDangerFirstWhateverElseIsTrue() {
        for (Vignette vignette : VIGNETTES) {
            List<String> actions = Assessor.assess(ScreeningJsonReader.read(vignette.screening(), TODAY).screening(),
                    vignette.organisation(), TODAY).recommendations().stream()
                    .map(recommendation -> recommendation.action().id()).toList();
            String first = vignette.screening().contains("\"immediateDanger\":\"yes\"") ? "call-999"
                    : "tell-safeguarding-lead";
            assertThat(vignette.who(), actions.get(0), is(first));
        }
    }

    private static void assertAdvice(Vignette vignette, List<String> actions) {
        vignette.must().forEach(action -> assertThat(vignette.who() + " must be told to " + action, actions,
                hasItem(action)));
        vignette.never().forEach(action -> assertThat(vignette.who() + " must never be told to " + action, actions,
                not(hasItem(action))));
    }

    private static String adult(String nation, String consent) {
        return "{" + ONE_SIGN + ",\"ageGroup\":\"adult\",\"nation\":\"" + nation + "\",\"consent\":\"" + consent
                + "\"}";
    }

    private static String child(String nation, String age) {
        return "{" + ONE_SIGN + ",\"nation\":\"" + nation + "\"," + age + "}";
    }
}
