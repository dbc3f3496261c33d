package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/**
 * A second concern about a guest, found by the organisation's own number for them (issue 34): the worker who raises it
 * sees the earlier concern they may see and nothing of another team's; the lead reads both in the person's
 * chronology; a name typed as the number is refused in words, with everything typed kept.
 */
public class PersonReferenceBrowserIT extends BrowserTest {

    @Test
    public void repeatConcern_shouldBeFoundByPersonReferenceAndReadInThePersonsChronology() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        nextStep(2);
        BROWSER.find("#safeguarding-raise-person-reference").sendKeys(" g-1023");
        saveConcern();

        String key = BROWSER.waitFor(driver -> driver.getCurrentUrl().matches(".*/browse/SG-\\d+$")
                ? driver.getCurrentUrl().replaceAll(".*/browse/", "") : null);
        WebElement others = BROWSER.find("#safeguarding-other-concerns");
        assertThat(others.findElement(By.tagName("p")).getText(), is(VelocityTemplates.text(
                "safeguarding.panel.other-concerns.one")));
        // The hostel's guest with the same number is another team's case: the worker learns nothing of it.
        assertThat(others.findElements(By.cssSelector("li a")).stream().map(WebElement::getText).toList(),
                contains("SG-1"));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-person-chronology")).isEmpty(), is(true));
        BROWSER.script("arguments[0].scrollIntoView()", others);
        lookAtEachWidth("person-other-concerns");

        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/" + key);
        BROWSER.driver().get(BROWSER.find("#safeguarding-person-chronology").getAttribute("href"));

        assertThat(BROWSER.find("h1").getText(), is(VelocityTemplates.text("safeguarding.chronology.person.title",
                key + ", SG-1")));
        List<String> what = BROWSER.driver().findElements(By.cssSelector(
                ".safeguarding-chronology tbody tr td:last-child")).stream().map(WebElement::getText).toList();
        assertThat(what.stream().anyMatch(entry -> entry.startsWith(key + ": ")), is(true));
        assertThat(String.join("\n", what), not(containsString("HOME-1")));
        lookAtEachWidth("person-chronology");

        preview.signInAs(PreviewUser.Role.HOME_LEAD);
        open("/browse/HOME-1");
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-other-concerns")).isEmpty(), is(true));
    }

    @Test
    public void raise_shouldRefuseANameAsThePersonReferenceInWordsAndKeepItTyped() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        nextStep(2);
        BROWSER.find("#safeguarding-raise-person-reference").sendKeys("Amira Hassan");
        // The number is never sent to be assessed: what the answers say still follows them.
        BROWSER.driver().findElements(By.cssSelector("[data-safeguarding-step='back']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        BROWSER.driver().findElements(By.cssSelector("[data-safeguarding-step='back']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        BROWSER.find("label[for='safeguarding-raise-immediateDanger-yes']").click();
        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-raise-assessment")).getText()
                .contains(VelocityTemplates.text("safeguarding.risk.immediate-danger")) ? true : null);
        saveConcern();

        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-raise-problems")).isDisplayed() ? true
                : null);
        assertThat(BROWSER.find("#safeguarding-raise-problems").getText(), containsString(VelocityTemplates.text(
                "safeguarding.error.person-reference.no-digit")));
        assertThat(BROWSER.find("#safeguarding-raise-person-reference").getAttribute("value"), is("Amira Hassan"));
        lookAtEachWidth("person-reference-refused");
    }
}
