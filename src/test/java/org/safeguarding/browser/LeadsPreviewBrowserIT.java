package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/** An administrator naming the leads' group sees, before saving, whom it would make leads, or that Jira has no such group. */
public class LeadsPreviewBrowserIT extends BrowserTest {
    private static final String MEMBERS = "safeguarding-settings-leadGroup-members";

    @Test
    public void leadGroup_shouldShowItsMembersBeforeSavingAndSayWhenJiraHasNoSuchGroup() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/settings");

        tabTo("safeguarding-settings-leadGroup", 200);
        keys("safeguarding-leads", Keys.TAB);
        BROWSER.waitFor(driver -> driver.findElement(By.id(MEMBERS)).getText().isEmpty() ? null : true);
        assertThat(BROWSER.find("#" + MEMBERS).getText(), is(VelocityTemplates.text(
                "safeguarding.admin.settings.leads.members").replace("{0}", "lead")));

        BROWSER.find("#safeguarding-settings-leadGroup").clear();
        BROWSER.find("#safeguarding-settings-leadGroup").sendKeys("safeguardng-leads", Keys.TAB);
        BROWSER.waitFor(driver -> driver.findElement(By.id(MEMBERS)).getText().contains("safeguardng") ? true : null);
        assertThat(BROWSER.find("#" + MEMBERS).getText(), is(VelocityTemplates.text(
                "safeguarding.admin.settings.leads.unknown").replace("{0}", "safeguardng-leads")));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }
}
