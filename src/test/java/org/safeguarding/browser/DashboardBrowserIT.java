package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.Test;
import org.openqa.selenium.By;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/** A lead's Jira dashboard with the app's dashboard item: the queues as the user, words written in by jsI18n. */
public class DashboardBrowserIT extends BrowserTest {

    @Test
    public void dashboardItem_shouldListWhatNeedsTheLeadNowAndLeadToThePage() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/preview/dashboard");

        BROWSER.waitFor(driver -> driver.findElements(By.cssSelector(".safeguarding-work-dashboard")).isEmpty()
                ? null : true);
        String item = BROWSER.find(".preview-dashboard-item").getText();
        assertThat(item, containsString(VelocityTemplates.text("safeguarding.work.new-concerns") + ": 2"));
        assertThat(item, containsString("SG-1"));
        // Each case with what a lead triages it by, as on the page.
        assertThat(item, containsString(VelocityTemplates.text("safeguarding.step.concern-raised") + " \u00b7 Raised "));
        assertThat(item, containsString(VelocityTemplates.text("safeguarding.work.unassigned")));
        clickThrough(BROWSER.driver().findElement(By.linkText(VelocityTemplates.text(
                "safeguarding.work.dashboard.open"))));
        assertThat(BROWSER.find("#safeguarding-work-title").isDisplayed(), is(true));

        open("/preview/dashboard");
        BROWSER.waitFor(driver -> driver.findElements(By.cssSelector(".safeguarding-work-dashboard")).isEmpty()
                ? null : true);
        lookAtEachWidth("dashboard");
    }
}
