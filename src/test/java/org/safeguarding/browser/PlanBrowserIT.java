package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.preview.PreviewUser;

/** Our safeguarding plan in a real browser: an admin makes it the organisation's own, and everyone can read it. */
public class PlanBrowserIT extends BrowserTest {
    private static final String ADMIN_PAGE = "/plugins/servlet/safeguarding/admin/plan";
    private static final String PLAN_PAGE = "/plugins/servlet/safeguarding/plan";

    @Test
    public void planPage_shouldShowAWorkerTheTemplateSayingSoWithNoWcag21AaViolations() {
        preview.signInAs(PreviewUser.Role.WORKER);
        BROWSER.driver().get(preview.url(PLAN_PAGE));

        assertThat(BROWSER.find("main").getText(), containsString(VelocityTemplates.text("safeguarding.plan.is-template")));
        assertThat(BROWSER.find("#safeguarding-print").isDisplayed(), is(true));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    /** The staff intranet's page: found from the plan, readable at a desk and on a phone, and printable. */
    @Test
    public void spotTheSigns_shouldBeReachedFromThePlanAndReadAtEachWidth() {
        preview.signInAs(PreviewUser.Role.WORKER);
        BROWSER.driver().get(preview.url(PLAN_PAGE));
        clickThrough(BROWSER.find("a[href$='/plugins/servlet/safeguarding/spot-the-signs']"));

        assertThat(BROWSER.find("h1").getText(), is(VelocityTemplates.text("safeguarding.signs.title")));
        assertThat(BROWSER.find("#safeguarding-signs-danger").getText(),
                is(VelocityTemplates.text("safeguarding.signs.danger")));
        assertThat(BROWSER.find("#safeguarding-print").isDisplayed(), is(true));
        lookAtEachWidth("spot-the-signs");
        clickThrough(BROWSER.find("a[href$='/plugins/servlet/safeguarding/plan']"));
        assertThat(BROWSER.find("h1").getText(), is(VelocityTemplates.text("safeguarding.plan.title")));
    }

    /** Staff training, from the plan: a course recorded by keyboard moves the member of staff down the list. */
    @Test
    public void training_shouldRecordACourseAndShowWhoStillNeedsTraining() {
        open("/plugins/servlet/safeguarding/admin/settings");
        type("#safeguarding-settings-staffGroup", "jira-software-users");
        type("#safeguarding-settings-trainingRefresherMonths", "12");
        BROWSER.find("#safeguarding-settings-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.settings")));
        // What needs me now tells the leads (and the admins) what the staff still need.
        open("/plugins/servlet/safeguarding/work");
        assertThat(BROWSER.find(".safeguarding-work-staff li").getText(), startsWith(VelocityTemplates.text(
                "safeguarding.work.staff.training-due", "3")));
        open(PLAN_PAGE);
        clickThrough(BROWSER.find("a[href$='/plugins/servlet/safeguarding/training']"));
        assertThat(BROWSER.find("#safeguarding-training-summary").getText(),
                is("0 of 3 (0 %) are trained and up to date."));

        BROWSER.find("#safeguarding-training-save").click();
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-training-user-error")));
        assertThat(BROWSER.find("#safeguarding-training-user-error").getText(),
                is(VelocityTemplates.text("safeguarding.error.training.user-missing")));

        new Select(BROWSER.find("#safeguarding-training-user")).selectByValue("worker");
        BROWSER.find("label[for='safeguarding-training-course-stop-the-traffik']").click();
        LocalDate today = LocalDate.now(new UkClock());
        BROWSER.script("document.getElementById('safeguarding-training-completedOn').value = arguments[0]",
                today.toString());
        BROWSER.find("#safeguarding-training-save").click();

        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-training-recorded")));
        assertThat(BROWSER.find("#safeguarding-training-summary").getText(),
                is("1 of 3 (33 %) are trained and up to date."));
        assertThat(BROWSER.driver().findElements(By.cssSelector("tbody tr")).get(2).getText(),
                is("worker Up to date STOP THE TRAFFIK's training " + UkDates.day(today) + " "
                        + UkDates.day(today.plusMonths(12))));
        lookAtEachWidth("training");
    }

    @Test
    public void planPage_shouldSendSomeoneNotLoggedInToLogIn() {
        preview.signInAs(PreviewUser.Role.ANONYMOUS);
        BROWSER.driver().get(preview.url(PLAN_PAGE));

        assertThat(BROWSER.driver().getCurrentUrl(), containsString("/preview/sign-in"));
    }

    @Test
    public void adminPage_shouldSaveThePlanForEveryoneToReadWithItsLineBreaks() {
        open(ADMIN_PAGE);
        WebElement specialists = BROWSER.find("#safeguarding-plan-form-specialists");
        specialists.clear();
        specialists.sendKeys("Ann Lee, safeguarding lead\nBen Cole, deputy");
        BROWSER.find("#safeguarding-plan-save").click();

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.plan")));

        preview.signInAs(PreviewUser.Role.WORKER);
        BROWSER.driver().get(preview.url(PLAN_PAGE));
        WebElement text = BROWSER.find("#safeguarding-plan-specialists + .safeguarding-keep-lines");
        assertThat(text.getText(), is("Ann Lee, safeguarding lead\nBen Cole, deputy"));
        assertThat(BROWSER.find("main").getText(), not(containsString(
                VelocityTemplates.text("safeguarding.plan.is-template"))));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    /** Saving the template with a prompt still in it is not writing the plan: Get started names what is left. */
    @Test
    public void getStarted_shouldNameThePartsOfASavedPlanThatStillHoldTheTemplatesPrompts() {
        open(ADMIN_PAGE);
        WebElement specialists = BROWSER.find("#safeguarding-plan-form-specialists");
        specialists.clear();
        specialists.sendKeys("Ann Lee, safeguarding lead, 0113 496 0000");
        BROWSER.find("#safeguarding-plan-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.plan")));

        open("/plugins/servlet/safeguarding/get-started");

        WebElement plan = BROWSER.find("#safeguarding-checklist-plan");
        assertThat(plan.getText(), containsString(VelocityTemplates.text("safeguarding.checklist.plan.prompting",
                VelocityTemplates.text("safeguarding.plan.whereItLives"))));
        assertThat(plan.getAttribute("class"), containsString("safeguarding-checklist-to-do"));
        BROWSER.script("arguments[0].scrollIntoView();", plan);
        lookAtEachWidth("get-started-plan-prompting");
    }

    @Test
    public void adminPage_shouldSayWhichPartOfThePlanIsEmptyAndKeepTheOneSaved() {
        open(ADMIN_PAGE);
        BROWSER.find("#safeguarding-plan-form-trafficked").clear();
        BROWSER.find("#safeguarding-plan-save").click();

        WebElement summary = BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.id("safeguarding-plan-summary")));
        assertThat(BROWSER.driver().switchTo().activeElement(), is(summary));
        assertThat(BROWSER.find("#safeguarding-plan-form-trafficked-error").getText(),
                is(VelocityTemplates.text("safeguarding.plan.error.empty")));
        BROWSER.driver().get(preview.url(PLAN_PAGE));
        assertThat(BROWSER.find("main").getText(), containsString(
                VelocityTemplates.text("safeguarding.plan.is-template")));
    }
}
