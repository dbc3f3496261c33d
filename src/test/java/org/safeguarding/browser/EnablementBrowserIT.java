package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * Switching the app on and off for a project from the administration page, by keyboard: what will change is shown
 * before anything changes, and a project whose cases would be stranded says why it cannot be switched off.
 */
public class EnablementBrowserIT extends BrowserTest {
    private static final String ADMIN_PAGE = "/plugins/servlet/safeguarding/admin";

    @Test
    public void enable_shouldShowWhatWillChangeThenSwitchTheProjectOnWhenConfirmed() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(ADMIN_PAGE);

        BROWSER.find("[data-safeguarding-enablement='enable'][data-project='HELP']").sendKeys(Keys.ENTER);
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-enablement-yes")));
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-enablement-heading"));
        assertThat(BROWSER.find("#safeguarding-enablement-changes").getText(), containsString(
                VelocityTemplates.text("safeguarding.enablement.change.map-referral-workflow", "HELP: Workflow scheme")));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));

        BROWSER.find("#safeguarding-enablement-yes").sendKeys(Keys.ENTER);

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.enabled")
                .replace("{0}", "Drop-in help desk")));
        assertThat(BROWSER.find("[data-safeguarding-enablement='disable'][data-project='HELP']").isDisplayed(),
                is(true));
    }

    @Test
    public void disable_shouldSayWhyAProjectWithCasesCannotBeSwitchedOffAndOfferNoConfirm() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(ADMIN_PAGE);

        BROWSER.find("[data-safeguarding-enablement='disable'][data-project='SG']").click();
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-enablement-reasons")));

        assertThat(BROWSER.find("#safeguarding-enablement-reasons").getText(),
                containsString("This project still has 2 Safeguarding concerns."));
        assertThat(BROWSER.find("#safeguarding-enablement-yes").isDisplayed(), is(false));
        BROWSER.find("#safeguarding-enablement-no").click();
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("data-project"), is("SG"));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }
}
