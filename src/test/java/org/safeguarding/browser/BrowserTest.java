package org.safeguarding.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;

/** A browser test: one headless Chromium per class, a fresh preview host per test, a screenshot of any failure. */
public abstract class BrowserTest {
    @ClassRule
    public static final Browser BROWSER = new Browser();

    protected final Preview preview = new Preview();

    @Rule
    public final TestRule previewAndScreenshots = RuleChain.outerRule(preview)
            .around(new ScreenshotOnFailure(BROWSER));

    /** Opens a page of the preview, with no message left over from an earlier test. */
    protected void open(String path) {
        BROWSER.driver().get(preview.url(path));
        BROWSER.script("window.sessionStorage.clear()");
    }
}
