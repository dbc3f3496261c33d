package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * The referral workflow in a real browser: the real workflow XML in a real OSWorkflow engine, with the plugin's
 * conditions, validators and post-functions, on the preview's stand-in for Jira's transition buttons and screens.
 */
public class WorkflowBrowserIT extends BrowserTest {
    @Test
    public void refer_shouldBeOfferedToTheLeadOnlyAndSayBesideTheFieldWhatIsMissing() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        transition("Send to lead review");
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Lead review"));
        assertThat(transitions(), is(List.of("Immediate danger: police called", "Report missing")));

        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");
        transition("Refer");
        clickThrough(BROWSER.find("#preview-transition"));

        assertThat(BROWSER.find("#preview-transition-errors").getText(), containsString("Referral routes"));
        // The summary takes the focus, so a screen reader reads out what to put right.
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"), is("preview-transition-errors"));
        assertThat(BROWSER.find("#field-referral-routes-error").getText(), startsWith("Tick the route"));
        assertThat(BROWSER.find("#field-referral-routes").getAttribute("aria-invalid"), is("true"));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        open("/browse/SG-1");
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Lead review"));
    }

    @Test
    public void refer_shouldMoveTheCaseOnAndShowInTheAccessLog() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");
        transition("Send to lead review");
        transition("Refer");
        BROWSER.find("label[for='field-referral-routes-police']").click();
        clickThrough(BROWSER.find("#preview-transition"));

        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Referred"));
        assertThat(BROWSER.find(".safeguarding-access-log").getText(), containsString("Workflow step: Refer"));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    /**
     * A child in Scotland referred to social work, whose NRM referral social work made (issue 29): no reasonable-grounds
     * step is offered, closing first names every way out, then closes with what happened and the reference, and the
     * chronology says so.
     */
    @Test
    public void close_shouldEndAChildsCaseReferredToSocialWorkWithWhatHappened() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-2");
        transition("Send to lead review");
        transition("Refer");
        BROWSER.find("label[for='field-referral-routes-childrens-services']").click();
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(transitions(), not(hasItem("Await reasonable-grounds decision")));

        transition("Close");
        new Select(BROWSER.find("#preview-resolution")).selectByValue("referred-and-supported");
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#preview-transition-errors").getText(), containsString(
                VelocityTemplates.text("safeguarding.workflow.error.child-close-ways-out")));

        new Select(BROWSER.find("#preview-resolution")).selectByValue("nrm-by-another-first-responder");
        BROWSER.find("#field-referral-outcome").sendKeys("Glasgow social work made the NRM referral, NRM-2026-118");
        clickThrough(BROWSER.find("#preview-transition"));

        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Closed"));
        BROWSER.driver().get(BROWSER.find("a[href*='chronology?case=SG-2']").getAttribute("href"));
        assertThat(BROWSER.find(".safeguarding-chronology").getText(), containsString(VelocityTemplates.text(
                "safeguarding.chronology.step", "Close")));
    }

    /**
     * An adult given the Helpline's number who wanted nothing more (issue 29): "no trafficking concern" is not what
     * happened and signposting needs where; the case closes as signposted, saying where.
     */
    @Test
    public void close_shouldEndASignpostedCaseSayingWhere() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");
        transition("Send to lead review");
        transition("Refer");
        BROWSER.find("label[for='field-referral-routes-first-responder-or-helpline']").click();
        clickThrough(BROWSER.find("#preview-transition"));

        transition("Close");
        new Select(BROWSER.find("#preview-resolution")).selectByValue("signposted");
        BROWSER.script("arguments[0].value = '2033-01-01'", BROWSER.find("#field-referral-retention-review"));
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#field-referral-outcome-error").getText(), is(VelocityTemplates.text(
                "safeguarding.workflow.error.close-needs-outcome-signposted")));

        // The preview's screen comes back empty after a refusal: choose again, as the lead would.
        new Select(BROWSER.find("#preview-resolution")).selectByValue("signposted");
        BROWSER.script("arguments[0].value = '2033-01-01'", BROWSER.find("#field-referral-retention-review"));
        BROWSER.find("#field-referral-outcome").sendKeys("Given the Modern Slavery & Exploitation Helpline's number");
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Closed"));
    }

    @Test
    public void reportMissing_shouldGoThroughAtOnceThenAskForTheDescriptionAndGivePoliceTheSummary() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        transition("Report missing");
        clickThrough(BROWSER.find("#preview-transition"));

        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Missing"));
        assertThat(BROWSER.find("#safeguarding-next-steps").getText(), containsString(VelocityTemplates.text(
                "safeguarding.action.record-description-for-police")));
        open("/preview/edit/SG-1");
        BROWSER.find("#field-police-height").sendKeys("1.60 m");
        BROWSER.find("#field-police-nationality").sendKeys("Albanian");
        clickThrough(BROWSER.find("#preview-save"));
        open("/browse/SG-1");
        assertThat(BROWSER.find("#safeguarding-next-steps").getText(), not(containsString(VelocityTemplates.text(
                "safeguarding.action.record-description-for-police"))));
        clickThrough(BROWSER.find("#preview-missing-summary"));
        assertThat(BROWSER.find("main").getText(), containsString("1.60 m"));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    /**
     * A missing child's summary for police has every line the case knows (issue 30): the CHILD flag first, the nation,
     * the languages recorded, the description given on Report missing's own screen (which asks it first, and nothing
     * a referral records), whom to call back from the settings, and the time zone.
     */
    @Test
    public void reportMissing_shouldGivePoliceEveryLineTheCaseKnowsOfAMissingChild() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/settings");
        BROWSER.find("#safeguarding-settings-organisationName").sendKeys("Haven Shelter");
        BROWSER.find("#safeguarding-settings-callBackNumber").sendKeys("0141 496 0000");
        BROWSER.find("#safeguarding-settings-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.settings")));

        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-2");
        transition("Report missing");
        List<WebElement> fields = BROWSER.driver().findElements(By.cssSelector("form [id^='field-']"));
        assertThat(fields.get(0).getAttribute("id"), is("field-police-height"));
        assertThat(BROWSER.driver().findElements(By.id("field-referral-routes-police")), is(empty()));
        assertThat(BROWSER.driver().findElements(By.id("field-consent")), is(empty()));
        BROWSER.find("#field-police-height").sendKeys("1.50 m");
        BROWSER.find("#field-police-last-seen-where").sendKeys("Glasgow Central station");
        BROWSER.screenshot("report-missing-screen");
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Missing"));
        // Jira's own flag says it went through.
        assertThat(BROWSER.find("#preview-flag").getText(), is("SG-2 has been updated."));

        clickThrough(BROWSER.find("#preview-missing-summary"));

        String summary = BROWSER.find("main").getText();
        assertThat(summary.indexOf(VelocityTemplates.text("safeguarding.missing-summary.child")), is(not(-1)));
        for (String line : List.of("Scotland", "Arabic", "1.50 m", "Glasgow Central station", "Haven Shelter",
                "0141 496 0000", "(Europe/London time)")) {
            assertThat(line, summary, containsString(line));
        }
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        lookAtEachWidth("missing-summary-child");
    }

    /** Routes, reference and the workflow's dates are the leads' steps' to record: no worker screen offers them. */
    @Test
    public void workerScreens_shouldNeitherOfferNorTakeALeadsField() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/preview/edit/SG-1");
        assertThat(BROWSER.driver().findElements(By.id("field-referral-routes")), is(empty()));
        assertThat(BROWSER.driver().findElements(By.id("field-referral-retention-review")), is(empty()));
        // A form sent with a lead's field anyway changes nothing, as Jira takes only its screen's fields.
        BROWSER.script("const sneaked = document.createElement('input'); sneaked.type = 'hidden';"
                + " sneaked.name = 'referral.routes'; sneaked.value = 'nrm-referral';"
                + " document.querySelector('#preview-save').form.appendChild(sneaked);");
        clickThrough(BROWSER.find("#preview-save"));
        assertThat(BROWSER.find("main").getText(), not(containsString("Referral routes")));

        transition("Report missing");
        assertThat(BROWSER.find("#field-police-height").isDisplayed(), is(true));
        assertThat(BROWSER.driver().findElements(By.id("field-referral-routes")), is(empty()));

        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-2");
        transition("Send to lead review");
        transition("Refer");
        assertThat(BROWSER.find("#field-referral-routes").isDisplayed(), is(true));
    }

    @Test
    public void reopen_shouldClearTheResolutionSoClosingAgainAsksForOne() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");
        closeCase();
        assertThat(BROWSER.find("#preview-status").getText(), is("Status: Closed"));

        transition("Reopen");
        transition("Close");
        clickThrough(BROWSER.find("#preview-transition"));

        assertThat(BROWSER.find("#preview-transition-errors").getText(),
                containsString(VelocityTemplates.text("safeguarding.workflow.error.close-needs-resolution")));
    }
}
