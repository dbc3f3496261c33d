package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import org.junit.Test;
import org.openqa.selenium.By;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.preview.PreviewUser;

/**
 * An administrator finds the figures for trustees from "what needs me now", publishes last year's, and sees every
 * number as a band of ten.
 */
public class FiguresBrowserIT extends BrowserTest {

    /** Someone who may not see the figures gets a page in Jira's chrome that names the setting to change. */
    @Test
    public void figures_shouldTellSomeoneRefusedWhichSettingLetsThemIn() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/figures");

        assertThat(BROWSER.find("h1").getText(), is(VelocityTemplates.text("safeguarding.figures.title")));
        assertThat(BROWSER.find("#safeguarding-figures-refused").getText(),
                is(VelocityTemplates.text("safeguarding.error.figures-leads-only")));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        lookAtEachWidth("figures-refused");
    }

    /** The hostel's lead, named by its project role, sees the hostel's figures, not the shelter's, and none to publish. */
    @Test
    public void figures_shouldShowALeadNamedByRoleTheirOwnProjectsFigures() {
        preview.signInAs(PreviewUser.Role.HOME_LEAD);
        open("/");
        clickThrough(BROWSER.find("#safeguarding-work-link"));
        clickThrough(BROWSER.find("#safeguarding-figures-link"));

        assertThat(BROWSER.find("#safeguarding-figures-projects").getText(), is(VelocityTemplates.text(
                "safeguarding.figures.projects", "HOME")));
        assertThat(BROWSER.find("main").getText(), containsString(VelocityTemplates.text(
                "safeguarding.figures.projects.none")));
        assertThat(BROWSER.driver().findElements(By.cssSelector("form.safeguarding-figures-publish")).size(), is(0));
        lookAtEachWidth("figures-role-lead");
    }

    @Test
    public void figures_shouldPublishLastYearAndShowEveryNumberAsABandOfTen() {
        String lastYear = String.valueOf(LocalDate.now(UkClock.ZONE).getYear() - 1);
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/");
        clickThrough(BROWSER.find("#safeguarding-work-link"));
        clickThrough(BROWSER.find("#safeguarding-figures-link"));
        assertThat(BROWSER.find("#safeguarding-figures-publish-" + lastYear).getText(), containsString(lastYear));

        clickThrough(BROWSER.find("form.safeguarding-figures-publish button[type=submit]"));

        String year = BROWSER.find("[aria-labelledby='safeguarding-figures-year-" + lastYear + "']").getText();
        assertThat(year, containsString("Concerns raised in " + lastYear + ": 20 to 29"));
        assertThat(year, containsString("England 10 to 19"));
        assertThat(year, not(containsString("England 14")));
        assertThat(BROWSER.driver().findElements(By.cssSelector("form.safeguarding-figures-publish")).size(), is(0));
        assertThat(BROWSER.find("#safeguarding-figures-csv").getAttribute("href"), containsString("format=csv"));
        lookAtEachWidth("figures");
    }
}
