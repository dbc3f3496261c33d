package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * Raising a concern and answering the screening in a real browser, with the keyboard alone, on the preview's stand-in
 * for Jira's create and edit screens (the app's own fields, as set-up makes them); then the plugin's panel shows the
 * assessment of what was answered.
 */
public class ScreeningBrowserIT extends BrowserTest {
    /** Enough presses to pass every field of the edit screen. */
    private static final int EVERY_FIELD = 200;

    @Test
    public void screening_shouldBeAnsweredWithTheKeyboardAloneAndChangeWhatThePanelSays() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/");

        tabTo("preview-summary", EVERY_FIELD);
        keys("Young person sleeping at the car wash", Keys.ENTER);
        BROWSER.waitFor(driver -> driver.getCurrentUrl().contains("/preview/edit/SG-3") ? true : null);
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("field-immediate-danger")));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));

        tabTo("field-immediate-danger", EVERY_FIELD);
        keys("Y");
        tabTo("field-question-journey-arranged", EVERY_FIELD);
        keys("Y", Keys.TAB, "Y", Keys.TAB, "Y");
        tabTo("field-age-group", EVERY_FIELD);
        keys("U");
        tabTo("field-language", EVERY_FIELD);
        keys("Arabic", Keys.ENTER);

        BROWSER.waitFor(driver -> driver.getCurrentUrl().endsWith("/browse/SG-3") ? true : null);
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".safeguarding-resources")));
        WebElement panel = BROWSER.find(".safeguarding-resources");
        openPanelSections();
        assertThat(BROWSER.find(".safeguarding-resources [role=alert]").getText(),
                containsString(VelocityTemplates.text("safeguarding.panel.danger.title")));
        assertThat(panel.getText(), containsString("Independent Child Trafficking Guardians"));
        assertThat(BROWSER.find(".safeguarding-explanations dd").getAttribute("dir"), is("rtl"));
        assertThat(BROWSER.find(".safeguarding-explanations dd").getAttribute("lang"), is("ar"));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }
}
