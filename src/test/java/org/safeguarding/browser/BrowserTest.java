package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.safeguarding.check.VelocityTemplates;
import org.openqa.selenium.support.ui.Select;

/** A browser test: one headless Chromium per class, a fresh preview host per test, a screenshot of any failure. */
public abstract class BrowserTest {
    @ClassRule
    public static final Browser BROWSER = new Browser();

    /** The widths every page is looked at: a desktop, and a phone at 400 px. */
    protected static final List<Dimension> SIZES = List.of(new Dimension(1280, 1024), new Dimension(400, 1600));

    protected final Preview preview = new Preview();

    @Rule
    public final TestRule previewAndScreenshots = RuleChain.outerRule(preview)
            .around(new ScreenshotOnFailure(BROWSER));

    /**
     * The message a form shows once the page has reloaded after saving. Read afresh until it shows: the page is
     * replaced under the test while it reloads.
     */
    protected String savedMessage() {
        return BROWSER.waitFor(driver -> {
            try {
                WebElement status = driver.findElement(By.id("safeguarding-admin-status"));
                return status.isDisplayed() && !status.getText().isEmpty() ? status.getText() : null;
            } catch (WebDriverException replacedWhileReading) {
                return null;
            }
        });
    }

    /** Clicks something that loads another page, and waits until the page it was on has gone. */
    protected static void clickThrough(WebElement element) {
        element.click();
        BROWSER.waitFor(driver -> gone(element) ? true : null);
    }

    /**
     * Whether the page an element was on has gone. Chromium says so with a stale element or, while the old document
     * is being replaced, with an inspector error about a node no longer in the document: both mean gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** Opens the case's markers from its lead actions and records one, choosing the kind by its first letters. */
    protected void recordMarker(String caseKey, String kind, String value) {
        open("/browse/" + caseKey);
        clickThrough(BROWSER.driver().findElement(By.linkText(VelocityTemplates.text("safeguarding.markers.link"))));
        tabTo("safeguarding-markers-kind", 30);
        keys(kind);
        tabTo("safeguarding-markers-value", 2);
        keys(value, Keys.ENTER);
        BROWSER.waitFor(driver -> driver.findElements(By.id("safeguarding-markers-recorded")).isEmpty() ? null : true);
    }

    /** On the guided page, Next as many times as a mouse user would press it. */
    protected static void nextStep(int times) {
        for (int step = 0; step < times; step++) {
            BROWSER.driver().findElements(By.cssSelector("[data-safeguarding-step='next']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        }
    }

    /** On the guided page, Save the concern now, from the step shown. */
    protected static void saveConcern() {
        BROWSER.driver().findElements(By.cssSelector("[data-safeguarding-save]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
    }

    /** Presses Tab, as a keyboard user would, until the field has the focus; fails if it takes more presses. */
    protected static void tabTo(String id, int mostPresses) {
        for (int presses = 0; presses < mostPresses; presses++) {
            keys(Keys.TAB);
            if (id.equals(BROWSER.driver().switchTo().activeElement().getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("Tab does not reach " + id + " within " + mostPresses + " presses");
    }

    /** Each key or text to whatever has the focus then, as a person at the keyboard would. */
    protected static void keys(CharSequence... keys) {
        new Actions(BROWSER.driver()).sendKeys(keys).perform();
    }

    /** Replaces what a field holds with the text, typed. */
    protected static void type(String cssSelector, String text) {
        WebElement field = BROWSER.find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    /** Opens a page of the preview, with no message left over from an earlier test. */
    protected void open(String path) {
        BROWSER.driver().get(preview.url(path));
        BROWSER.script("window.sessionStorage.clear()");
    }

    /** Clicks the preview's button for a workflow transition, as Jira's issue view offers them. */
    protected static void transition(String name) {
        clickThrough(BROWSER.driver().findElements(By.cssSelector("[data-transition]")).stream()
                .filter(button -> button.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not offered: " + transitions())));
    }

    /**
     * As the case's lead, on its page: sends it to lead review and closes it with a resolution and a retention review
     * date, as the Close screen requires.
     */
    protected static void closeCase() {
        transition("Send to lead review");
        transition("Close");
        new Select(BROWSER.find("#preview-resolution")).selectByValue("no-trafficking-concern");
        BROWSER.script("arguments[0].value = '2033-01-01'", BROWSER.find("#field-referral-retention-review"));
        clickThrough(BROWSER.find("#preview-transition"));
    }

    /**
     * Opens each of the panel's sections (whom to call, the explanations, the barriers) as a worker would, by its
     * heading; one the browser remembers open stays open.
     */
    protected static void openPanelSections() {
        BROWSER.driver().findElements(By.cssSelector(
                ".safeguarding-resources details.safeguarding-section:not([open]) > summary")).forEach(WebElement::click);
        whomToCallShown();
    }

    /** Waits while whom to call, opened, is fetched into the panel (until it shows or says it could not). */
    protected static void whomToCallShown() {
        BROWSER.waitFor(driver -> driver.findElements(By.cssSelector("#safeguarding-services[open] "
                + "#safeguarding-services-list:not([aria-busy])")).size()
                == driver.findElements(By.cssSelector("#safeguarding-services[open]")).size());
    }

    /** The transitions the case page offers now, in order. */
    protected static List<String> transitions() {
        return BROWSER.driver().findElements(By.cssSelector("[data-transition]")).stream().map(WebElement::getText)
                .toList();
    }

    /**
     * The page as its users see it at each width: a screenshot named after it and the width, no WCAG 2.1 A/AA
     * violation, and nothing wider than the window (reading it on a phone never needs sideways scrolling). Leaves the
     * window at desktop width.
     */
    protected static void lookAtEachWidth(String name) {
        for (Dimension size : SIZES) {
            BROWSER.driver().manage().window().setSize(size);
            BROWSER.screenshot(name + "-" + size.getWidth());
            assertThat(name + " at " + size.getWidth(), BROWSER.accessibilityViolations(), is(empty()));
            assertThat(name + " at " + size.getWidth() + " scrolls sideways", BROWSER.script(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"), is(true));
        }
        BROWSER.driver().manage().window().setSize(SIZES.get(0));
    }

    /**
     * With -Dsafeguarding.docs.update=true, the picture the documentation shows of the page as a person sees it on a
     * desktop screen: the top of the page in a 1280 × 860 window, nothing scrolled.
     */
    protected static void documentScreen(String file) {
        if (!Boolean.getBoolean("safeguarding.docs.update")) {
            return;
        }
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 860));
        try {
            BROWSER.script("window.scrollTo(0, 0);");
            Path picture = Path.of("docs/images", file);
            Files.createDirectories(picture.getParent());
            Files.write(picture, ((TakesScreenshot) BROWSER.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            BROWSER.driver().manage().window().setSize(SIZES.get(0));
        }
    }

    /**
     * With -Dsafeguarding.docs.update=true, the picture the documentation shows of one part of the page, taken from the
     * preview host as a user sees it: the window is made tall enough that the whole part is drawn.
     */
    protected static void documentPicture(String cssSelector, String file) {
        if (!Boolean.getBoolean("safeguarding.docs.update")) {
            return;
        }
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 3200));
        try {
            Path picture = Path.of("docs/images", file);
            Files.createDirectories(picture.getParent());
            Files.write(picture, BROWSER.find(cssSelector).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            BROWSER.driver().manage().window().setSize(SIZES.get(0));
        }
    }
}
