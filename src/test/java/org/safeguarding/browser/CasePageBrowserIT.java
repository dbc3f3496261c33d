package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/** A sample case in a real browser, with the plugin's panels beside it as Jira would draw them. */
public class CasePageBrowserIT extends BrowserTest {
    /** Where the README's picture of the panel lives; refreshed with -Dsafeguarding.docs.update=true. */
    private static final Path README_PICTURE = Path.of("docs/images/resources-panel.png");

    @Test
    public void casePage_shouldShowAWorkerWhatToDoAndWhomToCallWithNoWcag21AaViolations() throws IOException {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");

        WebElement panel = BROWSER.find(".safeguarding-resources");
        assertThat(panel.getText(), containsString(VelocityTemplates.text("safeguarding.panel.next.heading")));
        assertThat(panel.getText(), containsString("08000 121 700"));
        assertThat(panel.getText(), containsString("In Albanian, the language recorded on the case."));
        assertThat(BROWSER.driver().findElements(By.cssSelector(".safeguarding-access-log")), is(empty()));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        if (Boolean.getBoolean("safeguarding.docs.update")) {
            // Tall enough that the whole panel is drawn, not only the part in the usual window.
            BROWSER.driver().manage().window().setSize(new Dimension(1280, 3200));
            Files.createDirectories(README_PICTURE.getParent());
            Files.write(README_PICTURE, BROWSER.find(".safeguarding-resources").getScreenshotAs(OutputType.BYTES));
            BROWSER.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    public void casePage_shouldWarnInWordsWhenSomeoneIsInDangerNow() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-2");

        WebElement alert = BROWSER.find(".safeguarding-resources [role=alert]");
        assertThat(alert.getText(), containsString(VelocityTemplates.text("safeguarding.panel.danger.title")));
        assertThat(BROWSER.find(".safeguarding-resources").getText(), containsString("Services for Scotland."));
    }

    @Test
    public void handout_shouldOpenInTheirLanguageWithNothingAboutTheCase() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        String handout = BROWSER.find(".safeguarding-resources a[href*='handout']").getAttribute("href");

        BROWSER.driver().get(handout);

        assertThat(BROWSER.find("main").getAttribute("lang"), is("sq"));
        assertThat(BROWSER.find("main").getText(), not(containsString("car wash")));
        assertThat(BROWSER.find("#safeguarding-print").isDisplayed(), is(true));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    @Test
    public void lead_shouldSeeWhoOpenedTheCaseAndExportItForASubjectAccessRequest() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        preview.signInAs(PreviewUser.Role.LEAD);
        open("/browse/SG-1");

        WebElement log = BROWSER.find(".safeguarding-access-log");
        assertThat(log.getText(), containsString("worker"));
        assertThat(log.getText(), containsString(VelocityTemplates.text("safeguarding.access.kind.viewed")));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));

        BROWSER.driver().get(log.findElement(By.cssSelector("a")).getAttribute("href"));
        assertThat(BROWSER.find("main").getText(), containsString("Albanian"));
        assertThat(BROWSER.find("main").getText(), containsString(
                VelocityTemplates.text("safeguarding.subject-access.check")));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }
}
