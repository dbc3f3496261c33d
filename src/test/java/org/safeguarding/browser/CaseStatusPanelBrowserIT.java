package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Locale;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * A case walked through every status of the referral workflow on the preview host, reading the panel's top card and
 * first next step at each, at desktop width and at 400 px (issue 15): the panel follows the case.
 */
public class CaseStatusPanelBrowserIT extends BrowserTest {

    @Test
    public void panel_shouldGiveTheNextStepsOfEachStatusAsTheLeadMovesTheCaseAlong() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");
        assertThat(BROWSER.find("#safeguarding-risk").getText(), is(not("")));
        assertThat(BROWSER.find("#safeguarding-confidence").getText(), is(not("")));
        expect("Concern raised", null);

        transition("Send to lead review");
        expect("Lead review", null);
        transition("Refer");
        BROWSER.find("label[for='field-referral-routes-police']").click();
        clickThrough(BROWSER.find("#preview-transition"));
        // Referred to the police, not the NRM: no reasonable-grounds decision to wait for, the police to follow up.
        expect("Referred", "safeguarding.action.follow-up-referral");
        assertThat(nextSteps(), not(containsString(VelocityTemplates.text(
                "safeguarding.action.tell-safeguarding-lead"))));
        look("referred");
        // No Home Office decision is coming after a police referral alone: the reasonable-grounds step waits for one.
        assertThat(transitions(), not(hasItem("Await reasonable-grounds decision")));

        transition("Record another referral");
        BROWSER.find("label[for='field-referral-routes-nrm-referral']").click();
        BROWSER.find("label[for='field-exploitation-types-forced-labour']").click();
        new Select(BROWSER.find("#field-consent")).selectByValue("given");
        BROWSER.find("#field-referral-first-responder").sendKeys("The Salvation Army");
        clickThrough(BROWSER.find("#preview-transition"));
        transition("Await reasonable-grounds decision");
        expect("Awaiting reasonable-grounds decision", "safeguarding.action.wait-for-reasonable-grounds");
        transition("Positive reasonable-grounds decision");
        expect("Recovery and support", "safeguarding.action.keep-up-recovery-support");
        transition("Await conclusive-grounds decision");
        expect("Awaiting conclusive-grounds decision", "safeguarding.action.wait-for-conclusive-grounds");
        transition("Conclusive-grounds decision");
        expect("Move-on", "safeguarding.action.plan-move-on");

        transition("Close");
        new Select(BROWSER.find("#preview-resolution")).selectByValue("referred-and-supported");
        BROWSER.script("arguments[0].value = '2033-01-01'", BROWSER.find("#field-referral-retention-review"));
        clickThrough(BROWSER.find("#preview-transition"));
        expect("Closed", "safeguarding.action.review-retention");
        // AUI draws a lozenge in capitals.
        assertThat(nextSteps().toLowerCase(Locale.UK), containsString("due 1 jan 2033"));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-services-heading")), is(empty()));
        look("closed");
    }

    @Test
    public void panel_shouldAskOnlyFor999InImmediateDangerAndPutPoliceFirstWhenMissing() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        transition("Immediate danger: police called");
        expect("Immediate danger", "safeguarding.action.call-999");
        assertThat(BROWSER.find("#safeguarding-risk").getText().toLowerCase(Locale.UK), is("immediate danger"));
        assertThat(BROWSER.driver().findElements(By.cssSelector("#safeguarding-next-steps > li")).size(), is(1));
        assertThat(BROWSER.find(".safeguarding-resources [role=alert]").getText(), containsString("999"));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-services-heading")), is(empty()));
        // The worker sees that the case's leads were told, of the new concern and of the danger.
        assertThat(BROWSER.find("#preview-history").getText(), containsString(VelocityTemplates.text(
                "safeguarding.alert.told", VelocityTemplates.text("safeguarding.alert.immediate-danger"), "lead")));
        assertThat(BROWSER.find("#preview-history").getText(), containsString(VelocityTemplates.text(
                "safeguarding.alert.told", VelocityTemplates.text("safeguarding.alert.concern-raised"), "lead")));
        // The panel says when, for the latest telling.
        assertThat(BROWSER.find("#safeguarding-told").getText(), allOf(startsWith("Told at "), endsWith(" that "
                + VelocityTemplates.text("safeguarding.alert.immediate-danger") + ": lead.")));
        look("immediate-danger");

        open("/browse/SG-2");
        transition("Report missing");
        BROWSER.find("#field-police-height").sendKeys("1.60 m");
        BROWSER.find("#field-police-nationality").sendKeys("Syrian");
        clickThrough(BROWSER.find("#preview-transition"));
        expect("Missing", "safeguarding.action.give-police-missing-summary");
        assertThat(BROWSER.find("#safeguarding-told").getText(), endsWith(" that "
                + VelocityTemplates.text("safeguarding.alert.missing") + ": lead."));
        WebElement summary = BROWSER.find("#safeguarding-next-steps li a");
        assertThat(summary.getAttribute("href"), containsString("/plugins/servlet/safeguarding/missing-summary?case=SG-2"));
        look("missing");

        // The summary for police: a missing child flagged first, and what the case knows, Arabic included (issue 30).
        clickThrough(summary);
        assertThat(BROWSER.find("#safeguarding-missing-child").getText(), is(VelocityTemplates.text(
                "safeguarding.missing-summary.child")));
        String police = BROWSER.find("main").getText();
        assertThat(police, containsString("Arabic"));
        assertThat(police, containsString("Syrian"));
        assertThat(police, containsString(VelocityTemplates.text("safeguarding.missing-summary.risk")));
        lookAtEachWidth("missing-summary");
    }

    @Test
    public void panel_shouldLetALeadGoOnDutyAndTellWorkersWhoNewConcernsGoTo() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/settings");
        BROWSER.find("label[for='safeguarding-settings-assignToLeadOnDuty']").click();
        BROWSER.find("#safeguarding-settings-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.settings")));

        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");
        assertThat(BROWSER.find("#safeguarding-duty").getText(),
                is(VelocityTemplates.text("safeguarding.panel.duty.nobody")));
        clickThrough(BROWSER.find("#safeguarding-duty-button"));

        assertThat(BROWSER.find("#safeguarding-duty").getText(), startsWith("Lead on duty for this project: lead, "
                + "since "));
        assertThat(BROWSER.find("#safeguarding-duty-button").getText(),
                is(VelocityTemplates.text("safeguarding.panel.duty.hand-back")));
        look("duty-lead");

        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        assertThat(BROWSER.find("#safeguarding-duty").getText(), startsWith("Lead on duty for this project: lead"));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-duty-button")), is(empty()));
    }

    /** The panel says the case is at this status, and its first step is this one (the screening's own when null). */
    private static void expect(String status, String firstStepKey) {
        assertThat(BROWSER.find("#safeguarding-status").getText(), is("Status: " + status));
        if (firstStepKey != null) {
            assertThat(BROWSER.find("#safeguarding-next-steps li strong").getText(),
                    is(VelocityTemplates.text(firstStepKey)));
        }
    }

    private static String nextSteps() {
        return BROWSER.find("#safeguarding-next-steps").getText();
    }

    /** As a worker sees it, at desktop width and at 400 px: no WCAG 2.1 A/AA violation, and a screenshot of each. */
    private static void look(String name) {
        lookAtEachWidth("panel-" + name);
    }
}
