package org.safeguarding.browser;

import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/** Keeps a picture of the page when a browser test fails, named after the test. */
public final class ScreenshotOnFailure extends TestWatcher {
    private final Browser browser;

    public ScreenshotOnFailure(Browser browser) {
        this.browser = browser;
    }

    @Override
    protected void failed(Throwable e, Description description) {
        browser.screenshot(description.getTestClass().getSimpleName() + "-" + description.getMethodName());
    }
}
