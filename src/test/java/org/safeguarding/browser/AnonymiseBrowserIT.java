package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.preview.PreviewUser;

/**
 * Anonymising a case in a real browser, by keyboard: the lead closes SG-1, follows the link beside the case, types
 * the wrong key and is told beside the field, then the right one; the case page then holds no personal details.
 */
public class AnonymiseBrowserIT extends BrowserTest {
    private static final String PAGE = "/plugins/servlet/safeguarding/anonymise?case=SG-1";

    @Test
    public void anonymise_shouldAskForTheKeyThenReplaceTheClosedCasesPersonalDetails() {
        preview.signInAs(PreviewUser.Role.LEAD);
        recordMarker("SG-2", "Work", "Sparkle Car Wash, M1 1AE");
        recordMarker("SG-1", "Work", "Sparkle Car Wash, M1 1AE");
        open("/browse/SG-1");
        closeCase();
        clickThrough(BROWSER.driver().findElement(By.linkText(VelocityTemplates.text("safeguarding.anonymise.link"))));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        // Not undone by a click: Jira's warning style, never the primary blue of an everyday step.
        assertThat(BROWSER.find("#safeguarding-anonymise-form button[type='submit']").getAttribute("class"),
                is("aui-button aui-button-warning"));

        tabTo("safeguarding-anonymise-confirm", 40);
        keys("SG-2", Keys.ENTER);
        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-anonymise-summary")).isDisplayed()
                ? true : null);
        assertThat(BROWSER.find("#safeguarding-anonymise-confirm-error").getText(),
                is(VelocityTemplates.text("safeguarding.error.confirm-other-case", "SG-1")));
        assertThat(BROWSER.find("#safeguarding-anonymise-confirm").getAttribute("aria-invalid"), is("true"));
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-anonymise-summary"));
        // Closed today, its retention review date years ahead: anonymising it sooner is said to be meant (issue 30).
        assertThat(BROWSER.find("#safeguarding-anonymise-beforeReview-error").getText(), startsWith(
                "This case's retention review date is "));
        BROWSER.screenshot("anonymise-before-review");

        tabTo("safeguarding-anonymise-confirm", 5);
        BROWSER.find("#safeguarding-anonymise-confirm").clear();
        keys(Keys.TAB, Keys.SPACE);
        assertThat(BROWSER.find("#safeguarding-anonymise-beforeReview").isSelected(), is(true));
        BROWSER.find("#safeguarding-anonymise-confirm").sendKeys("SG-1", Keys.ENTER);
        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-anonymise-done")).isDisplayed()
                ? true : null);
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"), is("safeguarding-anonymise-done"));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));

        open("/browse/SG-1");
        String casePage = BROWSER.find("body").getText();
        assertThat(casePage, containsString(VelocityTemplates.text("safeguarding.anonymise.marker.summary")));
        assertThat(casePage, not(containsString("car wash")));
        assertThat(BROWSER.find(".safeguarding-access-log").getText(),
                containsString(VelocityTemplates.text("safeguarding.access.kind.anonymised")));
        // Nothing in it identifies the person any more: it is not worked again (issue 29).
        assertThat(transitions(), is(empty()));
        // Its markers are gone, and with them its connection to SG-2; its person reference is replaced (issue 34).
        assertThat(preview.values("SG-1").orElseThrow().text(CaseFields.PERSON_REFERENCE).orElseThrow(),
                not(containsString("1023")));
        recordMarker("SG-2", "Phone", "07700 900123");
        assertThat(BROWSER.find("#safeguarding-marker-1").getText(), containsString(VelocityTemplates.text(
                "safeguarding.markers.on-no-other")));
    }

    @Test
    public void anonymise_shouldTellTheLeadToCloseAnOpenCaseFirst() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open(PAGE);

        assertThat(BROWSER.find("main").getText(),
                containsString(VelocityTemplates.text("safeguarding.error.anonymise-open")));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-anonymise-form")), is(empty()));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }
}
