package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import org.junit.Test;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.preview.PreviewUser;
import org.safeguarding.referral.Resolution;

/**
 * Each route on Refer walked from raise to close in a real browser, as a shelter's lead would (issue 29): the case's
 * history (its statuses and the steps offered), its resolution and its chronology say what happened, and nothing
 * offers a decision nobody will make. SG-1 is an adult in England, SG-2 a child; the walks change what the case
 * records, as the worker would on the case's edit screen, before the lead refers it.
 */
public class RoutesBrowserIT extends BrowserTest {
    private static final String AWAIT_DECISION = "Await reasonable-grounds decision";

    @Test
    public void childrensServicesOnly_shouldCloseAnEnglishChildsCaseTheyTookOnWithTheirReference() {
        recorded("SG-2", Map.of(CaseFields.NATION, "england"));
        referAsLead("SG-2", "referral-routes-childrens-services");
        assertThat(transitions(), not(hasItem(AWAIT_DECISION)));

        close(Resolution.AGENCY_TOOK_ON, "Leeds children's social care took the case on and will decide about the "
                + "NRM referral, reference CSC-2231");

        assertClosedAs("SG-2", Resolution.AGENCY_TOOK_ON, "CSC-2231");
    }

    @Test
    public void policeOnly_shouldCloseAnAdultsCaseThePoliceTookOn() {
        referAsLead("SG-1", "referral-routes-police");
        assertThat(transitions(), not(hasItem(AWAIT_DECISION)));

        close(Resolution.AGENCY_TOOK_ON, "West Yorkshire Police investigating, crime reference 13/2231/26");

        assertClosedAs("SG-1", Resolution.AGENCY_TOOK_ON, "13/2231/26");
    }

    @Test
    public void adultSafeguardingConcern_shouldCloseWithWhatTheCouncilDecided() {
        referAsLead("SG-1", "referral-routes-adult-safeguarding-concern");
        assertThat(transitions(), not(hasItem(AWAIT_DECISION)));

        close(Resolution.AGENCY_TOOK_ON, "Leeds adult social care opened a section 42 enquiry, ASC-771");

        assertClosedAs("SG-1", Resolution.AGENCY_TOOK_ON, "ASC-771");
    }

    @Test
    public void victimSupportOnly_shouldCloseReferredAndSupported() {
        referAsLead("SG-1", "referral-routes-victim-support");
        assertThat(transitions(), not(hasItem(AWAIT_DECISION)));

        close(Resolution.REFERRED_AND_SUPPORTED, "Victim Support West Yorkshire took the referral, VS-5120");

        assertClosedAs("SG-1", Resolution.REFERRED_AND_SUPPORTED, "VS-5120");
    }

    /**
     * A council (a public authority in England) reports an adult who said no to an NRM referral: no reasonable-grounds
     * decision follows, and "no trafficking concern" is not the council's to say once the Home Office was told.
     */
    @Test
    public void dutyToNotifyOnly_shouldNeverOfferADecisionOrCloseAsNoConcern() {
        // Every public authority with the Duty to Notify is a First Responder too.
        organisation("firstResponder", "dutyToNotify");
        recorded("SG-1", Map.of(CaseFields.CONSENT, "refused"));
        referAsLead("SG-1", "referral-routes-duty-to-notify");
        assertThat(transitions(), not(hasItem(AWAIT_DECISION)));

        close(Resolution.NO_TRAFFICKING_CONCERN, "");
        assertThat(BROWSER.find("#preview-transition-errors").getText(), containsString(VelocityTemplates.text(
                "safeguarding.workflow.error.no-concern-after-referral")));
        // The preview's screen comes back empty after a refusal: choose again, as the lead would.
        chooseAndSubmit(Resolution.DECLINED_SUPPORT, "Said no to the NRM; Duty to Notify report sent, HO-DTN-0042");

        assertClosedAs("SG-1", Resolution.DECLINED_SUPPORT, "HO-DTN-0042");
    }

    /** An organisation that is a First Responder refers an adult who agreed, then waits for the Home Office. */
    @Test
    public void nrmAsFirstResponder_shouldWaitForTheDecisionThenCloseReferredAndSupported() {
        organisation("firstResponder");
        recorded("SG-1", Map.of(CaseFields.CONSENT, "given"));
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");
        transition("Send to lead review");
        // At review the panel asks for the type, with what the signs point to; the NRM route needs it.
        assertThat(BROWSER.find("#safeguarding-next-steps").getText(), containsString(VelocityTemplates.text(
                "safeguarding.action.record-exploitation-type")));
        transition("Refer");
        tick("referral-routes-nrm-referral");
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#field-exploitation-types-error").getText(), is(VelocityTemplates.text(
                "safeguarding.workflow.error.nrm-needs-exploitation-type")));
        open("/browse/SG-1");
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Lead review"));
        transition("Refer");
        tick("referral-routes-nrm-referral", "exploitation-types-forced-labour");
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Referred"));
        assertThat(transitions(), hasItem(AWAIT_DECISION));
        // A draft opened after the referral says first that the case is referred, and how.
        open("/plugins/servlet/safeguarding/nrm-draft?case=SG-1");
        String referred = VelocityTemplates.text("safeguarding.nrm.already-referred",
                VelocityTemplates.text("safeguarding.route.nrm-referral"), "{day}");
        assertThat(BROWSER.find("#safeguarding-nrm-already-referred").getText(),
                startsWith(referred.substring(0, referred.indexOf("{day}"))));
        lookAtEachWidth("nrm-draft-already-referred");
        open("/browse/SG-1");
        // The chronology: the referral with its route, and the decision's day under Coming up, not as if it happened.
        BROWSER.driver().get(BROWSER.find("a[href*='chronology?case=SG-1']").getAttribute("href"));
        assertThat(BROWSER.find(".safeguarding-chronology").getText(), containsString(VelocityTemplates.text(
                "safeguarding.chronology.referred", "Refer", VelocityTemplates.text("safeguarding.route.nrm-referral"))));
        assertThat(BROWSER.find(".safeguarding-chronology-coming-up").getText(), containsString(VelocityTemplates.text(
                "safeguarding.field.referral.reasonable-grounds-due.name")));
        assertThat(BROWSER.find(".safeguarding-chronology").getText(), not(containsString(VelocityTemplates.text(
                "safeguarding.field.referral.reasonable-grounds-due.name"))));
        lookAtEachWidth("chronology-coming-up");
        open("/browse/SG-1");

        transition(AWAIT_DECISION);
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Awaiting reasonable-grounds decision"));
        close(Resolution.REFERRED_AND_SUPPORTED, "");

        assertClosedAs("SG-1", Resolution.REFERRED_AND_SUPPORTED, "");
    }

    /** A child in Wales: children's services told and the NRM referral made through a First Responder. */
    @Test
    public void childInWales_shouldCloseOnceChildrensServicesAreToldAndTheNrmReferralMade() {
        childReferredThroughAFirstResponder("wales", "Cardiff children's services");
    }

    /** A child in Northern Ireland: the HSC Trust's Gateway team told, the NRM referral made through the PSNI. */
    @Test
    public void childInNorthernIreland_shouldCloseOnceTheGatewayTeamIsToldAndTheNrmReferralMade() {
        childReferredThroughAFirstResponder("northern-ireland", "PSNI Modern Slavery and Human Trafficking Unit");
    }

    private void childReferredThroughAFirstResponder(String nation, String firstResponder) {
        recorded("SG-2", Map.of(CaseFields.NATION, nation));
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-2");
        transition("Send to lead review");
        transition("Refer");
        tick("referral-routes-childrens-services", "referral-routes-nrm-referral", "exploitation-types-forced-crime");
        BROWSER.find("#field-referral-first-responder").sendKeys(firstResponder);
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Referred"));

        close(Resolution.REFERRED_AND_SUPPORTED, "");

        assertClosedAs("SG-2", Resolution.REFERRED_AND_SUPPORTED, "");
    }

    /** What the worker records on the case's edit screen, as Jira's edit screen takes it. */
    private void recorded(String key, Map<String, String> choices) {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/preview/edit/" + key);
        choices.forEach((field, value) -> new Select(BROWSER.find("#field-" + field.replace('.', '-')))
                .selectByValue(value));
        clickThrough(BROWSER.find("#preview-save"));
    }

    /** The organisation's settings, as its Jira administrator ticks them. */
    private void organisation(String... settings) {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/settings");
        for (String setting : settings) {
            BROWSER.find("label[for='safeguarding-settings-" + setting + "']").click();
        }
        BROWSER.find("#safeguarding-settings-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.settings")));
    }

    /** @param ticked the options the lead ticks on the Refer screen, by field and value: "referral-routes-police" */
    private void referAsLead(String key, String... ticked) {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/" + key);
        transition("Send to lead review");
        transition("Refer");
        tick(ticked);
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Referred"));
    }

    private static void tick(String... options) {
        for (String option : options) {
            BROWSER.find("label[for='field-" + option + "']").click();
        }
    }

    private static void close(Resolution resolution, String outcome) {
        transition("Close");
        chooseAndSubmit(resolution, outcome);
    }

    private static void chooseAndSubmit(Resolution resolution, String outcome) {
        new Select(BROWSER.find("#preview-resolution")).selectByValue(resolution.id());
        BROWSER.script("arguments[0].value = '2033-01-01'", BROWSER.find("#field-referral-retention-review"));
        BROWSER.find("#field-referral-outcome").sendKeys(outcome);
        clickThrough(BROWSER.find("#preview-transition"));
    }

    /**
     * Closed with that resolution, shown as Jira shows it, the agency's outcome or reference recorded on the case, and
     * the chronology with the referral and the closing, each with who took it.
     */
    private void assertClosedAs(String key, Resolution resolution, String outcome) {
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Closed"));
        assertThat(BROWSER.find("#preview-resolution-shown").getText(), is("Resolution: "
                + VelocityTemplates.text(resolution.labelKey())));
        assertThat(preview.values(key).orElseThrow().text(CaseFields.OUTCOME).orElse(""), containsString(outcome));
        BROWSER.driver().get(BROWSER.find("a[href*='chronology?case=" + key + "']").getAttribute("href"));
        String chronology = BROWSER.find(".safeguarding-chronology").getText();
        assertThat(chronology, containsString(VelocityTemplates.text("safeguarding.chronology.step", "Refer")));
        assertThat(chronology, containsString(VelocityTemplates.text("safeguarding.chronology.step", "Close")));
    }
}
