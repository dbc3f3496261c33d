package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * An administrator names the leads from Jira's own groups and project roles, and sees, before saving, whom the group
 * would make leads, or that Jira has no such group.
 */
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

    /**
     * Choosing one of the groups Jira suggests shows who is in it at once, while the field is still in use: nothing
     * to leave, nothing to save first. Half a name shows nobody.
     */
    @Test
    public void leadGroup_shouldShowItsMembersAsSoonAsAGroupIsChosen() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/settings");

        tabTo("safeguarding-settings-leadGroup", 200);
        keys("safeguarding-lea");
        BROWSER.waitFor(driver -> driver.findElements(By.cssSelector(
                "#safeguarding-settings-leadGroup-choices option")).isEmpty() ? null : true);
        assertThat(BROWSER.find("#" + MEMBERS).getText(), is(""));
        keys("ds");

        BROWSER.waitFor(driver -> driver.findElement(By.id(MEMBERS)).getText().isEmpty() ? null : true);
        assertThat(BROWSER.find("#" + MEMBERS).getText(), is(VelocityTemplates.text(
                "safeguarding.admin.settings.leads.members").replace("{0}", "lead")));
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-settings-leadGroup"));
        lookAtEachWidth("admin-settings-lead-group-chosen");
    }

    @Test
    public void leads_shouldBePickedFromJirasOwnGroupsAndRolesAndSaved() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/settings");

        tabTo("safeguarding-settings-leadGroup", 200);
        keys("LEADS");
        BROWSER.waitFor(driver -> driver.findElements(By.cssSelector(
                "#safeguarding-settings-leadGroup-choices option")).isEmpty() ? null : true);
        assertThat(BROWSER.driver().findElements(By.cssSelector("#safeguarding-settings-leadGroup-choices option"))
                .stream().map(option -> option.getAttribute("value")).toList(), is(List.of("safeguarding-leads")));
        keys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "safeguarding-leads");
        tabTo("safeguarding-settings-leadProjectRole", 3);
        Select role = new Select(BROWSER.find("#safeguarding-settings-leadProjectRole"));
        assertThat(role.getOptions().stream().map(WebElement::getText).toList(), is(List.of(
                VelocityTemplates.text("safeguarding.admin.settings.leadProjectRole.none"), "Administrators",
                "Developers", "Safeguarding lead")));
        role.selectByVisibleText("Safeguarding lead");
        BROWSER.find("#safeguarding-settings-save").click();

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.settings")));
        assertThat(new Select(BROWSER.find("#safeguarding-settings-leadProjectRole")).getFirstSelectedOption()
                .getText(), is("Safeguarding lead"));
        assertThat(BROWSER.find("#safeguarding-settings-leadGroup").getAttribute("value"), is("safeguarding-leads"));
        lookAtEachWidth("admin-settings-leads");
    }
}
