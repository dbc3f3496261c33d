package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * Create a Safeguarding project, by keyboard, as a new admin would: refused until the leads are named, a key Jira
 * already uses refused beside the field in Jira's words, then a project made whose every part is ready and whose
 * Jira e-mails are already stopped.
 */
public class ProjectCreationBrowserIT extends BrowserTest {
    private static final String PROJECTS_PAGE = "/plugins/servlet/safeguarding/admin/projects";
    private static final String SETTINGS_PAGE = "/plugins/servlet/safeguarding/admin/settings";

    @Test
    public void create_shouldMakeAProjectWhoseEveryPartIsReadyAndWhoseEmailsAreStopped() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(PROJECTS_PAGE);
        openTheForm();
        type("#safeguarding-create-project-name", "Safeguarding team");
        // Jira's own form suggests a key from the name: so does ours, until one is typed.
        assertThat(BROWSER.find("#safeguarding-create-project-key").getAttribute("value"), is("ST"));
        type("#safeguarding-create-project-raisers", "jira-software-users");
        submit();

        assertThat(summary(), containsString(VelocityTemplates.text("safeguarding.enablement.reason.name-leads-first")));

        nameTheLeads();
        open(PROJECTS_PAGE);
        openTheForm();
        type("#safeguarding-create-project-name", "Safeguarding team");
        type("#safeguarding-create-project-key", "sg");
        type("#safeguarding-create-project-raisers", "jira-software-users");
        submit();

        BROWSER.waitFor(driver -> !driver.findElement(By.id("safeguarding-create-project-key-error")).getText()
                .isEmpty());
        assertThat(BROWSER.find("#safeguarding-create-project-key-error").getText(),
                is("Jira says: Project 'Safeguarding' uses this project key."));
        assertThat(BROWSER.find("#safeguarding-create-project-key").getAttribute("aria-invalid"), is("true"));
        lookAtEachWidth("admin-create-project");

        type("#safeguarding-create-project-key", "care");
        submit();

        assertThat(savedMessage(), startsWith(VelocityTemplates.text("safeguarding.admin.projects.create.made")
                .replace("{0}", "Safeguarding team (CARE)")));
        WebElement row = BROWSER.find("[data-safeguarding-enablement='disable'][data-project='CARE']")
                .findElement(By.xpath("ancestor::tr"));
        assertThat(row.findElement(By.tagName("th")).getText(), is("Safeguarding team (CARE) READY"));
        // Offers the issue type, shows the case screens, runs the referral workflow, keeps its cases confidential.
        assertThat(row.findElements(By.tagName("td")).stream().limit(4).map(WebElement::getText).toList(),
                is(List.of("Yes", "Yes", "Yes", "Yes")));
        // Ready, and Jira already e-mails nobody about its cases: there is nothing left for Stop Jira's e-mails to do.
        BROWSER.find("[data-safeguarding-enablement='stop-jira-emails'][data-project='CARE']").sendKeys(Keys.ENTER);
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-enablement-nothing")));
        assertThat(BROWSER.find("#safeguarding-enablement-reasons").isDisplayed(), is(false));
        // Once a project is ready the form starts closed, out of the way.
        assertThat(BROWSER.find("#safeguarding-create-project").getAttribute("open"), is((String) null));
    }

    private void nameTheLeads() {
        open(SETTINGS_PAGE);
        type("#safeguarding-settings-leadGroup", "safeguarding-leads");
        BROWSER.find("#safeguarding-settings-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.settings")));
    }

    /** SG is ready, so the form starts closed: opened from its heading, by keyboard. */
    private static void openTheForm() {
        BROWSER.find("#safeguarding-create-project > summary").sendKeys(Keys.ENTER);
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-create-project-name")));
    }

    private static void submit() {
        BROWSER.find("#safeguarding-create-project-submit").sendKeys(Keys.ENTER);
    }

    private static String summary() {
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-create-project-summary")));
        return BROWSER.find("#safeguarding-create-project-summary").getText();
    }
}
