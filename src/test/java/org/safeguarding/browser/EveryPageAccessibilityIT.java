package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.safeguarding.preview.PreviewUser;

/**
 * axe-core (WCAG 2.1 A and AA) on the pages the other browser tests do not already check: the preview's start,
 * sign-in and edit screens, and the printable missing-person summary for police.
 */
public class EveryPageAccessibilityIT extends BrowserTest {
    @Test
    public void everyOtherPage_shouldHaveNoWcag21AaViolations() {
        preview.signInAs(PreviewUser.Role.WORKER);
        List<String> violations = new ArrayList<>();
        for (String page : List.of("/", "/preview/sign-in", "/preview/websudo?destination=/", "/preview/edit/SG-1",
                "/plugins/servlet/safeguarding/missing-summary?case=SG-1")) {
            open(page);
            BROWSER.screenshot("page" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            BROWSER.accessibilityViolations().forEach(violation -> violations.add(page + ": " + violation));
        }
        assertThat(violations, empty());
    }
}
