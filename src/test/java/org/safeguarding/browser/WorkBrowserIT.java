package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.Test;
import org.safeguarding.preview.PreviewUser;

/** A lead opens what needs them now: each queue with its count and its cases, most urgent first. */
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
        lookAtEachWidth("work");
    }
}
