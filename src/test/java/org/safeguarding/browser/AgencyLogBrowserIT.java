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
 * A lead records, by keyboard alone, that they told the police without the person's consent: the form first names
 * what is missing, then records the share, which the log, the subject-access export and the case's chronology (with
 * the missing report that follows) then show.
 */
public class AgencyLogBrowserIT extends BrowserTest {

    @Test
    public void record_shouldNameWhatIsMissingThenRecordAShareWithoutConsentAndShowIt() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");
        clickThrough(BROWSER.driver().findElement(By.linkText(VelocityTemplates.text("safeguarding.sharing.link"))));
        assertThat(BROWSER.find("main").getText(), containsString(VelocityTemplates.text("safeguarding.sharing.none")));

        tabTo("safeguarding-sharing-submit", 60);
        keys(Keys.ENTER);
        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-sharing-summary")).isDisplayed()
                ? true : null);
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-sharing-summary"));
        assertThat(BROWSER.find("#safeguarding-sharing-agency-error").getText(),
                is(VelocityTemplates.text("safeguarding.error.sharing.agency-missing")));
        assertThat(BROWSER.find("#safeguarding-sharing-withConsent-error").getText(),
                is(VelocityTemplates.text("safeguarding.error.sharing.withConsent-missing")));
        lookAtEachWidth("agency-log-errors");

        tabTo("safeguarding-sharing-agency", 10);
        keys("Police");
        tabTo("safeguarding-sharing-agencyName", 2);
        keys("Greater Manchester Police");
        // A decision not to share asks why not, and hides how, the basis and consent; sharing shows them again.
        tabTo("safeguarding-sharing-shared", 2);
        keys(Keys.ARROW_DOWN);
        assertThat(BROWSER.find("#safeguarding-sharing-notSharedBecause").isDisplayed(), is(true));
        assertThat(BROWSER.find("#safeguarding-sharing-channel").isDisplayed(), is(false));
        keys(Keys.ARROW_UP);
        assertThat(BROWSER.find("#safeguarding-sharing-channel").isDisplayed(), is(true));
        tabTo("safeguarding-sharing-whatShared", 8);
        keys("Where she works, and the car that collects her");
        tabTo("safeguarding-sharing-channel", 2);
        keys("Phone");
        tabTo("safeguarding-sharing-basis", 2);
        keys("Public");
        tabTo("safeguarding-sharing-condition", 2);
        keys("Preventing");
        tabTo("safeguarding-sharing-withConsent", 4);
        keys(Keys.ARROW_DOWN);
        tabTo("safeguarding-sharing-withoutConsentBecause", 2);
        keys("Asking her would alert the man who holds her phone");
        tabTo("safeguarding-sharing-purpose", 2);
        keys("So the police can check she is safe tonight");
        tabTo("safeguarding-sharing-decidedBy", 2);
        keys("Sam, designated safeguarding lead");
        tabTo("safeguarding-sharing-personTold", 2);
        keys(Keys.SPACE);
        tabTo("safeguarding-sharing-theirReference", 8);
        keys("CAD 4411", Keys.ENTER);

        BROWSER.waitFor(driver -> driver.findElements(By.id("safeguarding-sharing-recorded")).isEmpty() ? null : true);
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-sharing-recorded"));
        String entry = BROWSER.find("#safeguarding-sharing-entry-1").getText();
        assertThat(entry, containsString("Greater Manchester Police"));
        assertThat(entry, containsString(VelocityTemplates.text("safeguarding.sharing.without-consent",
                "Asking her would alert the man who holds her phone")));
        assertThat(entry, containsString("CAD 4411"));
        assertThat(entry, containsString("So the police can check she is safe tonight"));
        assertThat(entry, containsString(VelocityTemplates.text("safeguarding.sharing.told.yes")));
        lookAtEachWidth("agency-log");

        open("/plugins/servlet/safeguarding/subject-access?case=SG-1");
        assertThat(BROWSER.find("main").getText(), containsString("Where she works, and the car that collects her"));

        open("/browse/SG-1");
        transition("Report missing");
        clickThrough(BROWSER.find("#preview-transition"));
        BROWSER.driver().get(BROWSER.find("a[href*='chronology?case=SG-1']").getAttribute("href"));
        String chronology = BROWSER.find(".safeguarding-chronology").getText();
        assertThat(chronology, containsString(VelocityTemplates.text("safeguarding.chronology.step",
                "Report missing")));
        assertThat(chronology, containsString("reference CAD 4411"));
        lookAtEachWidth("chronology");
    }
}
