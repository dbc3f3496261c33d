package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/**
 * A lead records, by keyboard alone, the car wash two guests work at, on each of their cases: the second case's page
 * says the same place is on the first, and links to it (issue 34). A bad phone number is named in words; a name in
 * Arabic keeps its own direction; a worker sees no markers and no way to them.
 */
public class MarkersBrowserIT extends BrowserTest {
    private static final String CONNECTIONS = "/plugins/servlet/safeguarding/connections";

    @Test
    public void markers_shouldShowTheSamePlaceOnTwoCasesToTheirLead() {
        preview.signInAs(PreviewUser.Role.LEAD);
        recordMarker("SG-2", "Work", "Sparkle Car Wash, 14 Mill Lane, M1 1AE");
        assertThat(BROWSER.find("#safeguarding-marker-1").getText(), containsString(VelocityTemplates.text(
                "safeguarding.markers.on-no-other")));

        recordMarker("SG-1", "Work", "sparkle car wash 14 mill lane m11ae");

        String marker = BROWSER.find("#safeguarding-marker-2").getText();
        assertThat(marker, containsString(VelocityTemplates.text("safeguarding.markers.also-on", 1) + " SG-2"));
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"), is("safeguarding-markers-recorded"));

        tabTo("safeguarding-markers-kind", 30);
        keys("Phone");
        tabTo("safeguarding-markers-value", 2);
        keys("call the boss", Keys.ENTER);
        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-markers-summary")).isDisplayed() ? true : null);
        assertThat(BROWSER.find("#safeguarding-markers-value-error").getText(),
                is(VelocityTemplates.text("safeguarding.marker.error.phone")));
        lookAtEachWidth("markers-error");

        BROWSER.find("#safeguarding-markers-value").clear();
        tabTo("safeguarding-markers-kind", 30);
        keys("Name");
        tabTo("safeguarding-markers-value", 2);
        keys("مُحَمَّد الكبير", Keys.ENTER);
        BROWSER.waitFor(driver -> driver.findElements(By.id("safeguarding-marker-3")).isEmpty() ? null : true);
        assertThat(BROWSER.find("#safeguarding-marker-3 bdi").getText(), is("مُحَمَّد الكبير"));
        lookAtEachWidth("markers");

        BROWSER.driver().get(BROWSER.find("#safeguarding-marker-2 a").getAttribute("href"));
        assertThat(BROWSER.find("h1").getText(), containsString("SG-2"));

        // The case itself tells its lead, under Lead actions, without opening the markers.
        open("/browse/SG-1");
        assertThat(BROWSER.find(".safeguarding-connected").getText(), is(VelocityTemplates.text(
                "safeguarding.markers.panel.connected", 1) + " SG-2"));
        BROWSER.script("arguments[0].scrollIntoView()", BROWSER.find(".safeguarding-connected"));
        BROWSER.screenshot("case-connected-1280");
    }

    /**
     * A marker recorded by mistake is removed by keyboard after a question whose safe answer has the focus; the log
     * says a marker was removed and not what it was.
     */
    @Test
    public void marker_shouldBeRemovedWhenRecordedByMistakeAfterTheLeadConfirms() {
        preview.signInAs(PreviewUser.Role.LEAD);
        recordMarker("SG-1", "Phone", "07700 900123");
        assertThat(BROWSER.find("#safeguarding-marker-1").isDisplayed(), is(true));

        tabTo("safeguarding-marker-remove-1", 40);
        keys(Keys.ENTER);
        assertThat(BROWSER.find("#safeguarding-markers-remove-question").getText(), is(VelocityTemplates.text(
                "safeguarding.markers.remove.question").replace("{0}", "Phone number: 07700 900123")));
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-markers-remove-no"));
        lookAtEachWidth("markers-remove-question");
        // Looking at each width moves the focus; it was on No, and Yes is just before it.
        BROWSER.find("#safeguarding-markers-remove-no").sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-markers-remove-yes"));
        keys(Keys.ENTER);

        BROWSER.waitFor(driver -> driver.findElements(By.id("safeguarding-markers-removed")).isEmpty() ? null : true);
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"), is("safeguarding-markers-removed"));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-marker-1")).isEmpty(), is(true));
        assertThat(BROWSER.find("main").getText(), containsString(VelocityTemplates.text("safeguarding.markers.none")));
        CaseAccess removal = preview.accessLog("SG-1").get(0);
        assertThat(removal.kind(), is(AccessKind.CHANGED));
        assertThat(removal.detail(), is("safeguarding.access.detail.marker-removed"));
    }

    /**
     * Three guests of the shelter work at the same car wash, and a guest of another team's hostel too: the lead of the
     * three sees one connection with their three cases, and nothing of the hostel's; the hostel's lead and a worker
     * see none (issue 34).
     */
    @Test
    public void connections_shouldShowThreeCasesSharingAWorkplaceToTheirLeadOnly() {
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/");
        tabTo("preview-summary", 200);
        keys("Guest at the shelter works at a car wash", Keys.ENTER);
        BROWSER.waitFor(driver -> driver.getCurrentUrl().contains("/preview/edit/SG-3") ? true : null);
        recordMarker("SG-1", "Work", "Sparkle Car Wash, 14 Mill Lane, M1 1AE");
        recordMarker("SG-2", "Work", "sparkle car wash 14 mill lane m11ae");
        recordMarker("SG-3", "Work", "Sparkle car wash, 14 Mill Lane, M1 1AE");
        preview.signInAs(PreviewUser.Role.HOME_LEAD);
        recordMarker("HOME-1", "Work", "Sparkle Car Wash, 14 Mill Lane, M1 1AE");
        open(CONNECTIONS);
        assertThat(BROWSER.find("#safeguarding-connections-none").isDisplayed(), is(true));

        preview.signInAs(PreviewUser.Role.LEAD);
        open("/plugins/servlet/safeguarding/markers?case=SG-3");
        clickThrough(BROWSER.driver().findElement(By.linkText(VelocityTemplates.text(
                "safeguarding.connections.link"))));
        List<WebElement> connections = BROWSER.driver().findElements(By.cssSelector(".safeguarding-connection"));
        assertThat(connections.size(), is(1));
        assertThat(connections.get(0).findElements(By.cssSelector("tbody th")).stream().map(WebElement::getText)
                .toList(), contains("SG-1", "SG-2", "SG-3"));
        assertThat(BROWSER.find("main").getText(), not(containsString("HOME-1")));
        lookAtEachWidth("connections");

        // Linked in Jira once the lead says yes, each case then showing the others under its issue links.
        BROWSER.find("[data-safeguarding-link]").click();
        assertThat(BROWSER.find("#safeguarding-connections-link-question").getText(), is(VelocityTemplates.text(
                "safeguarding.connections.link.question").replace("{0}", "SG-1, SG-2, SG-3")));
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"),
                is("safeguarding-connections-link-no"));
        lookAtEachWidth("connections-link-question");
        BROWSER.find("#safeguarding-connections-link-yes").click();
        BROWSER.waitFor(driver -> driver.findElement(By.cssSelector(".safeguarding-connection-linked")).isDisplayed()
                ? true : null);
        assertThat(BROWSER.find(".safeguarding-connection-linked").getText(), is(VelocityTemplates.text(
                "safeguarding.connections.link.done", "SG-1 and SG-2, SG-1 and SG-3, SG-2 and SG-3")));
        BROWSER.screenshot("connections-linked-1280");
        String connectionsPage = BROWSER.driver().getCurrentUrl();
        open("/browse/SG-2");
        assertThat(BROWSER.driver().findElements(By.cssSelector("#preview-links a")).stream()
                .map(WebElement::getText).toList(), contains("SG-1", "SG-3"));
        BROWSER.driver().get(connectionsPage);

        // What the police need: how many cases and when, no one named; the cases' sharing logs on screen only.
        clickThrough(BROWSER.driver().findElement(By.linkText(VelocityTemplates.text(
                "safeguarding.intelligence.link"))));
        assertThat(BROWSER.find("#safeguarding-intelligence-facts").getText(), containsString(
                VelocityTemplates.text("safeguarding.intelligence.how-many", 3)));
        assertThat(BROWSER.find("#safeguarding-intelligence-facts").getText(), not(containsString("SG-")));
        assertThat(BROWSER.driver().findElements(By.partialLinkText("SG-")).size(), is(3));
        lookAtEachWidth("police-intelligence");

        preview.signInAs(PreviewUser.Role.WORKER);
        open(CONNECTIONS);
        assertThat(BROWSER.find("#safeguarding-connections-none").isDisplayed(), is(true));
    }

    @Test
    public void markers_shouldBeNothingAWorkerSeesOrReaches() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");

        assertThat(BROWSER.find("body").getText(), not(containsString(VelocityTemplates.text(
                "safeguarding.markers.link"))));
    }
}
