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
    private static final String ADMIN_PAGE = "/plugins/servlet/safeguarding/admin/projects";

    @Test
    public void enable_shouldShowWhatWillChangeThenSwitchTheProjectOnWhenConfirmed() {
        askAnAdmin("enable", "HELP");
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-enablement-heading"));
        assertThat(BROWSER.find("#safeguarding-enablement-changes").getText(), containsString(
                VelocityTemplates.text("safeguarding.enablement.change.map-referral-workflow", "HELP: Workflow scheme")));
        // A help desk holds other work: the plan first recommends a project of safeguarding's own, and still enables.
        assertThat(BROWSER.find("#safeguarding-enablement-notes li").getText(), is(VelocityTemplates.text(
                "safeguarding.enablement.reason.own-project", "Task")));
        // Jira's own e-mails about the project would carry a case's contents: the plan says which.
        assertThat(BROWSER.find("#safeguarding-enablement-notes").getText(), containsString(
                "has Jira e-mail people when these happen to an issue: Issue Created, Issue Updated"));
        // Enable also says, changing nothing for it, whom the e-mails reach and that anyone logged in can browse.
        assertThat(BROWSER.find("#safeguarding-enablement-notes").getText(), containsString(VelocityTemplates.text(
                "safeguarding.enablement.reason.jira-emails-to",
                "the issue's assignee, the issue's reporter, the issue's watchers")));
        assertThat(BROWSER.find("#safeguarding-enablement-notes").getText(), containsString(VelocityTemplates.text(
                "safeguarding.enablement.reason.browse-everyone", "Default Permission Scheme", "anyone logged in")));
        lookAtEachWidth("admin-enable");
        assertThat(BROWSER.find("#safeguarding-enablement-yes").getAttribute("class"),
                is("aui-button aui-button-primary"));

        BROWSER.find("#safeguarding-enablement-yes").sendKeys(Keys.ENTER);

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.enabled")
                .replace("{0}", "Drop-in help desk")));
        assertThat(BROWSER.find("[data-safeguarding-enablement='disable'][data-project='HELP']").isDisplayed(),
                is(true));
    }

    @Test
    public void stopJiraEmails_shouldSayWhatItTakesOffThenLeaveTheProjectWithNoNotificationScheme() {
        askAnAdmin("stop-jira-emails", "SG");
        assertThat(BROWSER.find("#safeguarding-enablement-heading").getText(), is(VelocityTemplates.text(
                "safeguarding.admin.enablement.stop-jira-emails-heading").replace("{0}", "Safeguarding")));
        assertThat(BROWSER.find("#safeguarding-enablement-changes").getText(), containsString("Take the notification "
                + "scheme \"Default Notification Scheme\" off the project"));
        assertThat(BROWSER.find("#safeguarding-enablement-yes").getAttribute("class"),
                is("aui-button aui-button-warning"));
        BROWSER.screenshot("admin-stop-jira-emails");
        assertThat(BROWSER.accessibilityViolations(), is(empty()));

        BROWSER.find("#safeguarding-enablement-yes").sendKeys(Keys.ENTER);

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.jira-emails-stopped")
                .replace("{0}", "Safeguarding")));
        BROWSER.find("[data-safeguarding-enablement='stop-jira-emails'][data-project='SG']").sendKeys(Keys.ENTER);
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-enablement-nothing")));
    }

    /** A Jira without Jira Software has no boards: the page says where the leads work instead, and offers none. */
    @Test
    public void board_shouldBeOfferedOnlyWhereJiraSoftwareIsInstalled() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(ADMIN_PAGE);

        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-board-unavailable")));
        assertThat(BROWSER.find("#safeguarding-board-unavailable").getText(),
                is(VelocityTemplates.text("safeguarding.admin.projects.board.unavailable")));
        assertThat(BROWSER.find("[data-safeguarding-board]").isDisplayed(), is(false));
    }

    /** Made once, by keyboard, from the filter of every case Enable made; asked again, it offers the same board. */
    @Test
    public void board_shouldBeMadeOnceFromTheFilterOfEveryCase() {
        preview.installJiraSoftware();
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(ADMIN_PAGE);

        String made = makeBoard();

        assertThat(made, is(VelocityTemplates.text("safeguarding.admin.projects.board.made")
                .replace("{0}", "Safeguarding SG")));
        assertThat(BROWSER.find(".safeguarding-board-outcome a").getAttribute("href"),
                containsString("/secure/RapidBoard.jspa?rapidView=1"));
        lookAtEachWidth("admin-projects-board");

        open(ADMIN_PAGE);
        assertThat(makeBoard(), is(VelocityTemplates.text("safeguarding.admin.projects.board.exists")
                .replace("{0}", "Safeguarding SG")));
        assertThat(BROWSER.find(".safeguarding-board-outcome a").getAttribute("href"),
                containsString("rapidView=1"));
    }

    /** Presses Make a Jira Software board once it shows; answers what the page then says. */
    private static String makeBoard() {
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-safeguarding-board]")));
        assertThat(BROWSER.find("#safeguarding-board-unavailable").isDisplayed(), is(false));
        BROWSER.find("[data-safeguarding-board]").sendKeys(Keys.ENTER);
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".safeguarding-board-outcome a")));
        return BROWSER.find(".safeguarding-board-outcome").getText();
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

    @Test
    public void enable_shouldMoveAProjectFromTheOtherProjectsIntoTheTableOfThoseThatOfferConcerns() {
        askAnAdmin("enable", "HOUSING");
        assertThat(BROWSER.find("#safeguarding-projects-others-shown").getText(), is(VelocityTemplates.text(
                "safeguarding.admin.projects.others.shown", "1", "1", "1")));
        assertThat(BROWSER.find("#safeguarding-enablement-changes").getText(), containsString(VelocityTemplates.text(
                "safeguarding.enablement.change.offer-issue-type", "HOUSING: Issue type scheme")));

        BROWSER.find("#safeguarding-enablement-yes").sendKeys(Keys.ENTER);

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.enabled")
                .replace("{0}", "Housing advice")));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-projects-others-shown")).isEmpty(), is(true));
        assertThat(BROWSER.find("[data-safeguarding-enablement='disable'][data-project='HOUSING']").isDisplayed(),
                is(true));
    }

    /** As an administrator, by keyboard: the plan for the action on the project, ready to confirm. */
    private void askAnAdmin(String action, String project) {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(ADMIN_PAGE);
        BROWSER.find("[data-safeguarding-enablement='" + action + "'][data-project='" + project + "']")
                .sendKeys(Keys.ENTER);
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-enablement-yes")));
    }
}
