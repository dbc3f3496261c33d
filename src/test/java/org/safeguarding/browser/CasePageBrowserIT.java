package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.preview.PreviewUser;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/** A sample case in a real browser, with the plugin's panels beside it as Jira would draw them. */
public class CasePageBrowserIT extends BrowserTest {
    private static final String HELPLINE = "08000 121 700";
    private static final String HELPLINE_NAME = "Modern Slavery & Exploitation Helpline";
    /** An English name with brackets, which an Arabic line would mirror and reorder if it were not isolated. */
    private static final String ORGANISATION = "Hope House (Leeds)";
    private static final String CALL_BACK = "0113 496 0000";
    /** The README's picture of a case page with the panel, in docs/images; refreshed with -Dsafeguarding.docs.update=true. */
    private static final String README_PICTURE = "resources-panel.png";

    @Test
    public void casePage_shouldShowAWorkerWhatToDoAndWhomToCallWithNoWcag21AaViolations() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        WebElement panel = BROWSER.find(".safeguarding-resources");
        // Short by default: the next steps show, whom to call opens from its heading.
        assertThat(panel.getText(), not(containsString("08000 121 700")));
        openPanelSections();

        assertThat(panel.getText(), containsString(VelocityTemplates.text("safeguarding.panel.next.heading")));
        assertThat(panel.getText(), containsString("08000 121 700"));
        assertThat(panel.getText(), containsString("In Albanian, the language recorded on the case."));
        assertThat(BROWSER.driver().findElements(By.cssSelector(".safeguarding-access-log")), is(empty()));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        documentScreen(README_PICTURE);
    }

    /** Whom to call comes from its own page when opened; if that fails, the worker is told and keeps the link. */
    /** A changed plan asks once from the panel too, after the view; the next case asks no more (issue 32). */
    @Test
    public void panel_shouldAskOnceToReadAChangedPlan() {
        open("/plugins/servlet/safeguarding/admin/plan");
        type("#safeguarding-plan-form-specialists", "Ann Lee, safeguarding lead");
        BROWSER.find("#safeguarding-plan-save").click();
        savedMessage();

        preview.signInAs(PreviewUser.Role.WORKER);
        // Not open(), which empties the session's storage: the answer is kept there for the next view.
        BROWSER.driver().get(preview.url("/browse/SG-1"));
        BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding-plan-changed")));
        assertThat(BROWSER.find("#safeguarding-plan-changed").getText(), is(VelocityTemplates.text(
                "safeguarding.panel.plan-changed", UkDates.day(LocalDate.now(new UkClock())))));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        // Answered, so later views this session do not ask the server at all: a flag, nothing about anyone.
        BROWSER.waitFor(driver -> BROWSER.script("return window.sessionStorage.getItem('safeguarding.plan.asked')"));
        assertThat(BROWSER.script("return Object.keys(window.sessionStorage).join()"), is("safeguarding.plan.asked"));

        BROWSER.driver().get(preview.url("/browse/SG-2"));
        BROWSER.find(".safeguarding-resources");
        BROWSER.waitFor(driver -> BROWSER.script("return document.querySelector('#safeguarding-plan-changed')"
                + ".getAttribute('data-answered')") != null);
        assertThat("asked once only", BROWSER.find("#safeguarding-plan-changed").isDisplayed(), is(false));
    }

    @Test
    public void whomToCall_shouldBeFetchedWhenOpenedAndSayWhenItCannotBe() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        WebElement list = BROWSER.find("#safeguarding-services-list");
        assertThat(list.findElements(By.cssSelector(".safeguarding-services")), is(empty()));

        BROWSER.find("#safeguarding-services > summary").click();
        whomToCallShown();
        assertThat(list.findElements(By.cssSelector(".safeguarding-services")), is(not(empty())));
        assertThat(list.getText(), containsString("0800 808 3733"));
        BROWSER.script("document.getElementById('safeguarding-services').scrollIntoView();");
        lookAtEachWidth("panel-whom-to-call");

        BROWSER.find("#safeguarding-services > summary").click();
        // The section remembers it was closed on the browser's toggle event, after the click: wait for that too.
        BROWSER.waitFor(driver -> "closed".equals(BROWSER.script(
                "return window.localStorage.getItem('safeguarding.panel.open.safeguarding-services');")) ? true : null);
        open("/browse/SG-1");
        BROWSER.script("document.querySelector('[data-safeguarding-services]').dataset.safeguardingServices"
                + " = '/plugins/servlet/safeguarding/services?case=SG-404';");
        BROWSER.find("#safeguarding-services > summary").click();
        // The section opens (and starts fetching) on the browser's toggle event, after the click: wait for the words.
        BROWSER.waitFor(driver -> driver.findElements(By.cssSelector("#safeguarding-services-list [role=alert]"))
                .isEmpty() ? null : true);
        assertThat(BROWSER.find("#safeguarding-services-list [role=alert]").getText(),
                is(VelocityTemplates.text("safeguarding.panel.services.failed")));
        assertThat(BROWSER.find("#safeguarding-services-list a").getText(),
                is(VelocityTemplates.text("safeguarding.panel.services.open")));
        BROWSER.script("document.getElementById('safeguarding-services').scrollIntoView();");
        lookAtEachWidth("panel-whom-to-call-failed");

        BROWSER.driver().get(BROWSER.find("#safeguarding-services-list a").getAttribute("href"));
        assertThat(BROWSER.find("h1").getText(), is(VelocityTemplates.text("safeguarding.panel.services.page-title")));
        assertThat(BROWSER.find("main").getText(), containsString("0800 808 3733"));
        lookAtEachWidth("whom-to-call-page");
    }

    @Test
    public void panel_shouldOpenEachSectionAsTheWorkerLastLeftItKeepingNothingAboutTheCase() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        assertThat(BROWSER.find("#safeguarding-services").getAttribute("open"), is(nullValue()));

        BROWSER.find("#safeguarding-services > summary").click();
        open("/browse/SG-2");
        assertThat(BROWSER.find("#safeguarding-services").getAttribute("open"), is(notNullValue()));
        assertThat(BROWSER.find("#safeguarding-explain").getAttribute("open"), is(nullValue()));

        BROWSER.find("#safeguarding-services > summary").click();
        open("/browse/SG-1");
        assertThat(BROWSER.find("#safeguarding-services").getAttribute("open"), is(nullValue()));
        @SuppressWarnings("unchecked")
        List<String> kept = (List<String>) BROWSER.script("return Object.keys(window.localStorage)"
                + ".map(key => key + '=' + window.localStorage.getItem(key));");
        assertThat(kept, is(List.of("safeguarding.panel.open.safeguarding-services=closed")));
    }

    /**
     * Over Albanian that no fluent speaker has checked, the warning reads in sentence case as written (no lozenge's
     * capitals); the admin's list of translations to check has no English, the original.
     */
    @Test
    public void explanations_shouldWarnOverAnUncheckedTranslationOnlyInSentenceCase() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-1");
        BROWSER.find("#safeguarding-explain > summary").click();

        WebElement warning = BROWSER.find("#safeguarding-explain .aui-message-warning");
        assertThat(warning.getText(), is(VelocityTemplates.text("safeguarding.panel.explain.unreviewed")));
        BROWSER.script("document.getElementById('safeguarding-explain').scrollIntoView();");
        lookAtEachWidth("panel-explanation-unchecked");
        // The section would open again on the next case page: this browser is shared with the other tests.
        BROWSER.script("window.localStorage.clear();");

        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/translations");
        assertThat(BROWSER.find("main").getText(), containsString("Albanian"));
        assertThat(BROWSER.driver().findElements(By.cssSelector("form.safeguarding-review[data-tag='en']")),
                is(empty()));
    }

    @Test
    public void casePage_shouldWarnInWordsWhenSomeoneIsInDangerNow() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-2");

        WebElement alert = BROWSER.find(".safeguarding-resources [role=alert]");
        assertThat(alert.getText(), containsString(VelocityTemplates.text("safeguarding.panel.danger.title")));
        openPanelSections();
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
        // Opened is a view; each print, by the button or the browser's own menu, is recorded as one (issue 30).
        assertThat(accessKinds("SG-1"), hasItem(AccessKind.VIEWED));
        assertThat(accessKinds("SG-1"), not(hasItem(AccessKind.PRINTED)));
        BROWSER.script("window.dispatchEvent(new Event('beforeprint'))");
        BROWSER.waitFor(driver -> accessKinds("SG-1").contains(AccessKind.PRINTED) ? true : null);
    }

    private List<AccessKind> accessKinds(String key) {
        return preview.accessLog(key).stream().map(CaseAccess::kind).toList();
    }

    /**
     * Reads each number as the page draws it, left to right on the screen: an Arabic page that lays the groups of
     * "08000 121 700" out right to left shows "700 121 08000", and a person dialling that calls a wrong number.
     */
    @Test
    public void handoutAndPanel_shouldShowEveryNumberInTheOrderPeopleDialItInArabic() {
        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/settings");
        BROWSER.find("#safeguarding-settings-organisationName").sendKeys(ORGANISATION);
        BROWSER.find("#safeguarding-settings-callBackNumber").sendKeys(CALL_BACK);
        BROWSER.find("#safeguarding-settings-save").click();
        savedMessage();
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/browse/SG-2");
        openPanelSections();
        // Once in Arabic, once in the English beside it.
        assertThat(drawnOrder(".safeguarding-explanations", HELPLINE),
                is(List.of(digits(HELPLINE), digits(HELPLINE))));
        String handout = BROWSER.find(".safeguarding-resources a[href*='handout']").getAttribute("href");

        for (Dimension size : SIZES) {
            BROWSER.driver().manage().window().setSize(size);
            BROWSER.driver().get(handout);
            assertThat(BROWSER.find("main").getAttribute("dir"), is("rtl"));
            assertThat(drawnOrder("main", HELPLINE), hasItem(digits(HELPLINE)));
            assertThat(drawnOrder("main", HELPLINE), everyItem(is(digits(HELPLINE))));
            List<WebElement> numbers = BROWSER.driver().findElements(By.cssSelector(
                    ".safeguarding-handout-numbers strong"));
            assertThat(numbers, is(not(empty())));
            for (WebElement number : numbers) {
                assertThat(number.getText(), drawnOrder(".safeguarding-handout-numbers", number.getText()),
                        everyItem(is(digits(number.getText()))));
            }
            // The way back to the organisation: its English name keeps its brackets' shape inside Arabic, and its
            // number reads as dialled; the line on keeping the page safe comes first.
            WebElement us = BROWSER.find(".safeguarding-handout-us");
            assertThat(us.findElement(By.cssSelector("[dir=auto]")).getText(), is(ORGANISATION));
            assertThat(drawnOrder(".safeguarding-handout-us", CALL_BACK), is(List.of(digits(CALL_BACK))));
            // An English name inside an Arabic sentence reads as written, on however many lines it takes.
            assertThat(drawnOrderOverLines(".safeguarding-handout-us", ORGANISATION),
                    is(List.of(digits(ORGANISATION))));
            assertThat(drawnOrderOverLines(".safeguarding-handout", HELPLINE_NAME),
                    everyItem(is(digits(HELPLINE_NAME))));
            assertThat(BROWSER.find(".safeguarding-handout-keep-safe").getText(),
                    startsWith("\u0627\u062d\u062a\u0641\u0638"));
            BROWSER.screenshot("handout-arabic-" + size.getWidth());
        }
        BROWSER.driver().manage().window().setSize(SIZES.get(0));
    }

    /**
     * Each place the text is written under the selector, as its characters (spaces left out) in the order drawn on the
     * screen: line by line from the top, each line left to right, lines parted by "/". "08000 121 700" laid out right
     * to left draws as "70012108000"; one split over two lines as "08000121/700".
     */
    @SuppressWarnings("unchecked")
    private static List<String> drawnOrder(String selector, String text) {
        return (List<String>) BROWSER.script("""
                const [root, wanted] = [document.querySelector(arguments[0]), arguments[1]];
                const drawn = [];
                const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                while (texts.nextNode()) {
                  const node = texts.currentNode;
                  const text = node.data.replaceAll('\\u00a0', ' ');
                  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
                    const characters = [];
                    for (let i = at; i < at + wanted.length; i++) {
                      if (text[i] === ' ') continue;
                      const range = document.createRange();
                      range.setStart(node, i);
                      range.setEnd(node, i + 1);
                      const box = range.getBoundingClientRect();
                      characters.push({character: text[i], x: box.left, line: Math.round(box.top)});
                    }
                    const lines = [...new Set(characters.map(c => c.line))].sort((a, b) => a - b);
                    drawn.push(lines.map(line => characters.filter(c => c.line === line).sort((a, b) => a.x - b.x)
                        .map(c => c.character).join('')).join('/'));
                  }
                }
                return drawn;""", selector, text);
    }

    /** As {@link #drawnOrder}, a text wrapped over lines joined up again: in order when it reads as written. */
    private static List<String> drawnOrderOverLines(String selector, String text) {
        return drawnOrder(selector, text).stream().map(lines -> lines.replace("/", "")).toList();
    }

    /** The text as {@link #drawnOrder} gives it when drawn in order on one line: without its spaces. */
    private static String digits(String number) {
        return number.replace(" ", "");
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

        // The lead's tools in the order of the work: the NRM draft, the sharing log and the markers, the chronology,
        // subject access.
        assertThat(log.findElements(By.cssSelector("[aria-labelledby='safeguarding-lead-actions'] a")).stream()
                .map(WebElement::getText).toList(), contains(VelocityTemplates.text("safeguarding.nrm.link"),
                VelocityTemplates.text("safeguarding.sharing.link"), VelocityTemplates.text("safeguarding.markers.link"),
                VelocityTemplates.text("safeguarding.chronology.link"),
                VelocityTemplates.text("safeguarding.subject-access.link")));
        BROWSER.driver().get(log.findElement(By.cssSelector("a[href*='subject-access']")).getAttribute("href"));
        assertThat(BROWSER.find("main").getText(), containsString("Albanian"));
        assertThat(BROWSER.find("main").getText(), containsString(
                VelocityTemplates.text("safeguarding.subject-access.check")));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }
}
