package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * A lead prepares an NRM referral from the case: the draft says which form, what comes first, and what the case has
 * not recorded yet, each missing question one keypress from its place in the form's order.
 */
public class NrmDraftBrowserIT extends BrowserTest {

    @Test
    public void draft_shouldPutAChildsProtectionFirstAndLeadToWhatIsMissingByKeyboard() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-2");
        String draft = BROWSER.find("a[href*='nrm-draft?case=SG-2']").getAttribute("href");
        BROWSER.driver().get(draft);

        // SG-2: under 18 in Scotland, so no consent question, and the council's social work first (§13.2).
        assertThat(BROWSER.find("#safeguarding-nrm-before").isDisplayed(), is(true));
        assertThat(BROWSER.find("main").getText(), containsString(VelocityTemplates.text(
                "safeguarding.action.refer-to-social-work")));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-nrm-consent")).isEmpty(),
                is(true));
        assertThat(BROWSER.find("#safeguarding-nrm-missing").getText(), containsString(VelocityTemplates.text(
                "safeguarding.nrm.line.exploitation-types")));

        lookAtEachWidth("nrm-draft");

        tabTo("safeguarding-print", 40);
        keys(Keys.TAB);
        String firstMissing = BROWSER.driver().switchTo().activeElement().getAttribute("href");
        keys(Keys.ENTER);
        assertThat(firstMissing, containsString("#safeguarding-nrm-"));
        assertThat(BROWSER.driver().getCurrentUrl(), is(firstMissing));
        BROWSER.screenshot("nrm-draft-missing-question");
    }
}
