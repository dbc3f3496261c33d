package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.preview.PreviewUser;

/**
 * An administrator's first fifteen minutes: Get started says what is done and what is still to do, each from the
 * real state, and every item turns green as the administrator puts it right, until nothing is left.
 */
public class GetStartedBrowserIT extends BrowserTest {
    private static final String PAGE = "/plugins/servlet/safeguarding/get-started";

    @Test
    public void getStarted_shouldTurnEveryItemGreenAsTheAdministratorPutsItRight() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(PAGE);

        assertThat(BROWSER.find("#safeguarding-checklist-set-up").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.set-up.done")));
        assertThat(BROWSER.find("#safeguarding-checklist-leads").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.leads.none")));
        assertThat(BROWSER.find("#safeguarding-checklist-leads a").getAttribute("href"),
                containsString("/plugins/servlet/safeguarding/admin/settings#safeguarding-settings-heading"));
        lookAtEachWidth("get-started");
        documentPicture("main.safeguarding-get-started", "admin-get-started.png");

        // As an administrator following the list: name the leads and the nations, write the plan, enable the project
        // that offers concerns unready, and stop Jira's own e-mails for both projects.
        api("PUT", "/rest/safeguarding/1.0/settings", "{\"nations\": [\"england\"], "
                + "\"leadGroup\": \"safeguarding-leads\"}");
        open(PAGE);
        assertThat(BROWSER.find("#safeguarding-checklist-leads").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.leads.done")));
        assertThat(BROWSER.find("#safeguarding-checklist-settings").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.settings.done")));

        api("PUT", "/rest/safeguarding/1.0/plan", "{\"vulnerable\": \"Tell the duty lead at once.\", "
                + "\"trafficked\": \"The lead refers to the NRM.\", \"specialists\": \"The Salvation Army.\", "
                + "\"whereItLives\": \"On the staff intranet.\"}");
        api("POST", "/rest/safeguarding/1.0/projects/HELP/enablement", "{\"action\": \"enable\"}");
        for (String project : new String[] {"SG", "HELP"}) {
            api("POST", "/rest/safeguarding/1.0/projects/" + project + "/enablement",
                    "{\"action\": \"stop-jira-emails\"}");
        }
        open(PAGE);

        assertThat(BROWSER.find("#safeguarding-checklist-done").getText(),
                is(VelocityTemplates.text("safeguarding.checklist.all-done")));
        BROWSER.screenshot("get-started-all-done");
    }

    /** Whether the staff know the plan and are trained: shares beside the checklist, which never hold it up. */
    @Test
    public void getStarted_shouldShowHowManyStaffHaveReadThePlanAndAreTrained() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(PAGE);
        assertThat(BROWSER.find("#safeguarding-checklist-staff-unnamed").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.staff.unnamed")));

        api("PUT", "/rest/safeguarding/1.0/settings", "{\"staffGroup\": \"jira-software-users\", "
                + "\"trainingRefresherMonths\": \"12\"}");
        api("PUT", "/rest/safeguarding/1.0/plan", "{\"vulnerable\": \"a\", \"trafficked\": \"b\", "
                + "\"specialists\": \"c\", \"whereItLives\": \"d\"}");
        api("POST", "/rest/safeguarding/1.0/plan/read", "{}");
        api("POST", "/rest/safeguarding/1.0/training", "{\"user\": \"worker\", \"course\": \"e-learning\", "
                + "\"completedOn\": \"" + LocalDate.now(new UkClock()) + "\"}");
        open(PAGE);

        assertThat(BROWSER.find("#safeguarding-checklist-plan-read").getText(), containsString(
                VelocityTemplates.text("safeguarding.checklist.staff.plan-read", "1", "3", "33")));
        assertThat(BROWSER.find("#safeguarding-checklist-trained").getText(), containsString(
                VelocityTemplates.text("safeguarding.checklist.staff.trained", "1", "3", "33")));
        lookAtEachWidth("get-started-staff");
    }

    /** A request as the administration page's forms send it, waited for; fails unless the app accepts it. */
    private static void api(String method, String path, String json) {
        BROWSER.script("window.previewStatus = null; fetch(arguments[0], {method: arguments[1], credentials: "
                + "'same-origin', headers: {'Content-Type': 'application/json'}, body: arguments[2]})"
                + ".then(function (response) { window.previewStatus = response.status; });", path, method, json);
        Object status = BROWSER.waitFor(driver -> BROWSER.script("return window.previewStatus"));
        assertThat(method + " " + path, ((Number) status).intValue() / 100, is(2));
    }
}
