package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.Test;
import org.openqa.selenium.By;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.preview.PreviewUser;

/** An administrator finds the figures for trustees from "what needs me now": every small number suppressed. */
public class FiguresBrowserIT extends BrowserTest {

    @Test
    public void figures_shouldShowEveryTableWithItsSmallNumbersAsFewerThan5() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/");
        clickThrough(BROWSER.find("#safeguarding-work-link"));
        clickThrough(BROWSER.find("#safeguarding-figures-link"));

        String byNation = BROWSER.find("[aria-labelledby='safeguarding-figures-nation'] table").getText();
        assertThat(byNation, containsString("England " + VelocityTemplates.text("safeguarding.figures.fewer-than-5")));
        assertThat(byNation, not(containsString("England 1")));
        assertThat(BROWSER.driver().findElements(By.cssSelector(".safeguarding-figures section")).size(), is(5));
        assertThat(BROWSER.find("#safeguarding-figures-csv").getAttribute("href"), containsString("format=csv"));
        lookAtEachWidth("figures");
    }
}
