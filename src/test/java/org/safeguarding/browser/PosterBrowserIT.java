package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safeguarding.preview.PreviewUser;

/**
 * The poster (A4) and card (A6) as they print, in English, Arabic and Polish: Chromium draws each as print media at
 * the paper's size in CSS pixels (96 to the inch), and the screenshots are kept to look at. Reached from Spot the signs.
 */
public class PosterBrowserIT extends BrowserTest {
    private static final Dimension A4 = new Dimension(794, 1123);
    private static final Dimension A6 = new Dimension(397, 559);

    @Test
    public void poster_shouldPrintInEachLanguageOnA4AndA6WithTheNumbersInDiallingOrder() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/spot-the-signs");
        clickThrough(BROWSER.find("a[href$='/plugins/servlet/safeguarding/poster']"));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        for (String language : new String[] {"en", "ar", "pl"}) {
            printed("/plugins/servlet/safeguarding/poster?lang=" + language, A4, "poster-a4-" + language);
            printed("/plugins/servlet/safeguarding/poster?lang=" + language + "&size=a6", A6, "card-a6-" + language);
            // The helpline's number is one left-to-right run in every language, as it is dialled.
            assertThat(language, BROWSER.script("return document.querySelector('.safeguarding-poster-number')"
                    + ".innerText"), is("08000 121 700"));
        }
        assertThat(BROWSER.script("return getComputedStyle(document.querySelector('.safeguarding-poster-words'))"
                + ".direction"), is("ltr"));
        open("/plugins/servlet/safeguarding/poster?lang=ar");
        assertThat(BROWSER.script("return getComputedStyle(document.querySelector('.safeguarding-poster-words'))"
                + ".direction"), is("rtl"));
    }

    /** Opens the page as print media at the paper's size, and keeps a screenshot of it. */
    private void printed(String path, Dimension paper, String name) {
        ChromeDriver chrome = (ChromeDriver) BROWSER.driver();
        try {
            open(path);
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            chrome.manage().window().setSize(paper);
            BROWSER.screenshot(name);
            String pdf = (String) chrome.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true))
                    .get("data");
            String printed = new String(Base64.getDecoder().decode(pdf), StandardCharsets.ISO_8859_1);
            assertThat(name + " prints on one sheet", Pattern.compile("/Type\\s*/Page[^s]").matcher(printed).results()
                    .count(), is(1L));
            assertThat(name + " fits its paper's width", BROWSER.script(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"), is(true));
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            chrome.manage().window().setSize(SIZES.get(0));
        }
    }
}
