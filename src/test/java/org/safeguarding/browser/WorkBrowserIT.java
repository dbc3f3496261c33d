package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/** A lead opens what needs them now: each queue with its count and its cases, most urgent first, in a table to triage. */
public class WorkBrowserIT extends BrowserTest {

    @Test
    public void work_shouldCountEachQueueAndListItsCasesMostUrgentFirst() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-2");
        transition("Report missing");
        clickThrough(BROWSER.find("#preview-transition"));

        open("/");
        clickThrough(BROWSER.find("#safeguarding-work-link"));

        assertThat(BROWSER.find("#safeguarding-work-missing-count").getText(), is("1"));
        assertThat(BROWSER.find("[aria-labelledby='safeguarding-work-missing']").getText(), containsString("SG-2"));
        assertThat(BROWSER.find("#safeguarding-work-new-concerns-count").getText(), is("1"));
        assertThat(BROWSER.find("[aria-labelledby='safeguarding-work-new-concerns']").getText(),
                containsString("SG-1"));
        // Each list is a table a lead triages by: risk now, child, status, the list's day, who has it (issue 29).
        List<String> missing = BROWSER.driver().findElements(By.cssSelector(
                "table[aria-labelledby='safeguarding-work-missing'] tbody tr:first-child > *")).stream()
                .map(WebElement::getText).toList();
        assertThat(missing, contains(startsWith("SG-2"),
                // AUI writes a lozenge's words in capitals.
                equalToIgnoringCase(VelocityTemplates.text("safeguarding.risk.immediate-danger")),
                equalToIgnoringCase(VelocityTemplates.text("safeguarding.work.child")), is("Missing"),
                startsWith("Raised "), is(VelocityTemplates.text("safeguarding.work.unassigned"))));
        // Still in danger by its answer, though Missing now: on the danger list too, until a check says no.
        assertThat(BROWSER.find("#safeguarding-work-immediate-danger-count").getText(), is("1"));
        lookAtEachWidth("work");
    }
}
