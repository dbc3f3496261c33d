package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.Dimension;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * An administrator's first look: Get started says what is done and what is still to do, each from the real state,
 * and turns an item green once it is put right.
 */
public class GetStartedBrowserIT extends BrowserTest {
    private static final List<Dimension> SIZES = List.of(new Dimension(1280, 1024), new Dimension(400, 1600));
    private static final String PAGE = "/plugins/servlet/safeguarding/get-started";

    @Test
    public void getStarted_shouldSayWhatIsLeftToDoAndTurnAnItemGreenOncePutRight() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open(PAGE);

        assertThat(BROWSER.find("#safeguarding-checklist-set-up").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.set-up.done")));
        assertThat(BROWSER.find("#safeguarding-checklist-leads").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.leads.none")));
        assertThat(BROWSER.find("#safeguarding-checklist-leads a").getAttribute("href"),
                containsString("/plugins/servlet/safeguarding/admin#safeguarding-settings-heading"));
        for (Dimension size : SIZES) {
            BROWSER.driver().manage().window().setSize(size);
            BROWSER.screenshot("get-started-" + size.getWidth());
            assertThat(BROWSER.accessibilityViolations(), is(empty()));
        }
        BROWSER.driver().manage().window().setSize(SIZES.get(0));

        // Naming the leads' group through the settings API, as the administration page's form does.
        BROWSER.script("return fetch('/rest/safeguarding/1.0/settings', {method: 'PUT', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({nations: ['england'],"
                + " leadGroup: 'safeguarding-leads'})}).then(function (response) { window.savedStatus ="
                + " response.status; });");
        BROWSER.waitFor(driver -> BROWSER.script("return window.savedStatus || null"));
        open(PAGE);

        assertThat(BROWSER.find("#safeguarding-checklist-leads").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.leads.done")));
        assertThat(BROWSER.find("#safeguarding-checklist-settings").getText(),
                containsString(VelocityTemplates.text("safeguarding.checklist.settings.done")));
    }
}
