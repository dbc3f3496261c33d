package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.admin.AdminServlet;
import org.safeguarding.jira.admin.GetStartedServlet;
import org.safeguarding.preview.PreviewUser;

/** The administration's pages in a real browser: the directory's forms against the plugin's REST API. */
public class AdminPageBrowserIT extends BrowserTest {
    /** The next field is at most this many presses of Tab away (a date field takes more than one). */
    private static final int NEXT_FIELD = 4;
    private static final String ADMIN_PAGE = "/plugins/servlet/safeguarding/admin";

    @Test
    public void everyArea_shouldSayWhichAreaItIsLinkToTheOthersAndHaveNoWcag21AaViolationsAtEachWidth() {
        for (String area : AdminServlet.AREAS) {
            openArea(area);

            assertThat(BROWSER.find("h1").getText(),
                    containsString(VelocityTemplates.text("safeguarding.admin.area." + area)));
            assertThat(BROWSER.find("ul.safeguarding-admin-nav a[aria-current='page']").getAttribute("href"),
                    endsWith(ADMIN_PAGE + "/" + area));
            lookAtEachWidth("admin-" + area);
            documentPicture("main.safeguarding-admin", "admin-" + area + ".png");
        }
    }

    @Test
    public void theOldSinglePage_shouldLeadToGetStarted() {
        open(ADMIN_PAGE);

        assertThat(BROWSER.driver().getCurrentUrl(), endsWith(GetStartedServlet.PATH));
    }

    @Test
    public void settings_shouldBeSavedAndShownAsSaved() {
        openArea("settings");

        BROWSER.find("label[for='safeguarding-settings-nation-wales']").click();
        BROWSER.find("label[for='safeguarding-settings-firstResponder']").click();
        type("#safeguarding-settings-leadGroup", "safeguarding-leads");
        type("#safeguarding-settings-retentionYears", "6");
        BROWSER.find("#safeguarding-settings-save").click();

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.settings")));
        assertThat(BROWSER.find("#safeguarding-settings-nation-wales").isSelected(), is(true));
        assertThat(BROWSER.find("#safeguarding-settings-nation-england").isSelected(), is(false));
        assertThat(BROWSER.find("#safeguarding-settings-firstResponder").isSelected(), is(true));
        assertThat(BROWSER.find("#safeguarding-settings-leadGroup").getAttribute("value"), is("safeguarding-leads"));
        assertThat(BROWSER.find("#safeguarding-settings-retentionYears").getAttribute("value"), is("6"));
    }

    @Test
    public void settings_shouldSayBesideEachFieldWhatToPutRightAndSaveNothing() {
        openArea("settings");

        BROWSER.find("label[for='safeguarding-settings-dutyToNotify']").click();
        type("#safeguarding-settings-leadGroup", "safeguarding-laeds");
        BROWSER.find("#safeguarding-settings-save").click();

        WebElement summary = BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.id("safeguarding-settings-summary")));
        assertThat(BROWSER.driver().switchTo().activeElement(), is(summary));
        assertThat(BROWSER.find("#safeguarding-settings-leadGroup-error").getText(),
                is(VelocityTemplates.text("safeguarding.settings.error.no-such-group", "safeguarding-laeds")));
        assertThat(BROWSER.find("#safeguarding-settings-dutyToNotify-error").getText(),
                is(VelocityTemplates.text("safeguarding.settings.error.duty-needs-first-responder")));
        BROWSER.driver().navigate().refresh();
        assertThat(BROWSER.find("#safeguarding-settings-leadGroup").getAttribute("value"), is(""));
        assertThat(BROWSER.find("#safeguarding-settings-dutyToNotify").isSelected(), is(false));
    }

    @Test
    public void addEntry_shouldNameEachFieldToPutRightAndSaveNothing() {
        openArea("directory");
        int before = rowNames().size();

        type("#safeguarding-entry-name", "Local refuge");
        type("#safeguarding-entry-phone", "call us");
        BROWSER.find("#safeguarding-entry-save").click();

        WebElement summary = BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.id("safeguarding-entry-summary")));
        assertThat(summary.getText(), containsString(VelocityTemplates.text("safeguarding.admin.error.summary")));
        assertThat(BROWSER.driver().switchTo().activeElement(), is(summary));
        assertThat(BROWSER.find("#safeguarding-entry-phone-error").getText(),
                is(VelocityTemplates.text("safeguarding.resource.error.phone")));
        assertThat(BROWSER.find("#safeguarding-entry-phone").getAttribute("aria-invalid"), is("true"));
        assertThat(BROWSER.find("#safeguarding-entry-source-error").getText(),
                is(VelocityTemplates.text("safeguarding.resource.error.source")));
        assertThat(BROWSER.find("#safeguarding-entry-name-error").getText(), is(""));
        BROWSER.driver().navigate().refresh();
        assertThat(rowNames().size(), is(before));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    @Test
    public void addEntry_shouldShowTheNewServiceInTheDirectory() {
        openArea("directory");

        fillNewEntry("Leeds refuge <b>line</b>");
        BROWSER.find("#safeguarding-entry-save").click();

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.added",
                "Leeds refuge <b>line</b>")));
        assertThat(rowNames(), hasItem("Leeds refuge <b>line</b>"));
    }

    /**
     * At 1,400 px the directory fits its box: no sideways scroll to reach Edit and Retire, which come first anyway,
     * and a long source shows as its site with the whole address behind the link.
     */
    @Test
    public void directory_shouldFitItsBoxAtDesktopWidthWithItsActionsFirst() {
        BROWSER.driver().manage().window().setSize(new Dimension(1400, 1024));
        try {
            openArea("directory");

            Number overflow = (Number) BROWSER.script("var box = document.querySelector('.safeguarding-table-scroll');"
                    + " return box.scrollWidth - box.clientWidth;");
            assertThat(overflow.intValue(), is(0));
            WebElement first = BROWSER.find("table.aui tbody tr td");
            assertThat(first.getAttribute("class"), is("safeguarding-directory-actions"));
            WebElement helpline = BROWSER.find("a[href*='modernslaveryhelpline.org/about']");
            assertThat(helpline.getText(), is("modernslaveryhelpline.org"));
            BROWSER.screenshot("admin-directory-1400");
        } finally {
            BROWSER.driver().manage().window().setSize(SIZES.get(0));
        }
    }

    /** People write web addresses as they see them: the app adds the https:// a browser would, and keeps it. */
    @Test
    public void addEntry_shouldTakeAWebAddressWrittenWithoutHttps() {
        openArea("directory");
        fillNewEntry("Haven night line");
        type("#safeguarding-entry-url", "www.haven.example.org/night");
        BROWSER.find("#safeguarding-entry-source").clear();
        type("#safeguarding-entry-source", "haven.example.org/contact");
        lookAtEachWidth("admin-directory-address");
        BROWSER.find("#safeguarding-entry-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.added", "Haven night line")));

        String id = BROWSER.find("[data-safeguarding-retire][data-name='Haven night line']")
                .getAttribute("data-safeguarding-retire");
        BROWSER.find("[data-safeguarding-edit='" + id + "']").click();
        BROWSER.waitFor(ExpectedConditions.attributeToBe(BROWSER.find("#safeguarding-entry-url"), "value",
                "https://www.haven.example.org/night"));
        assertThat(BROWSER.find("#safeguarding-entry-source").getAttribute("value"),
                is("https://haven.example.org/contact"));
    }

    @Test
    public void editEntry_shouldFillTheFormAndSaveTheChange() {
        openArea("directory");
        String name = BROWSER.find("[data-safeguarding-retire='modern-slavery-helpline']").getAttribute("data-name");

        BROWSER.find("[data-safeguarding-edit='modern-slavery-helpline']").click();
        BROWSER.waitFor(ExpectedConditions.attributeToBeNotEmpty(BROWSER.find("#safeguarding-entry-name"), "value"));
        assertThat(BROWSER.find("#safeguarding-entry-heading").getText(), containsString("Modern Slavery"));
        assertThat(BROWSER.find("#safeguarding-entry-id").isDisplayed(), is(false));
        WebElement notes = BROWSER.find("#safeguarding-entry-notes");
        notes.clear();
        notes.sendKeys("Interpreters on request.");
        BROWSER.find("#safeguarding-entry-save").click();

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.changed", name)));
        BROWSER.find("[data-safeguarding-edit='modern-slavery-helpline']").click();
        BROWSER.waitFor(ExpectedConditions.attributeToBe(BROWSER.find("#safeguarding-entry-notes"), "value",
                "Interpreters on request."));
    }

    @Test
    public void editEntry_shouldShowAndKeepWhomAServiceIsOnlyFor() {
        openArea("directory");

        BROWSER.find("[data-safeguarding-edit='tara']").click();
        BROWSER.waitFor(ExpectedConditions.attributeToBeNotEmpty(BROWSER.find("#safeguarding-entry-name"), "value"));
        assertThat(BROWSER.find("#safeguarding-entry-gender-female").isSelected(), is(true));
        assertThat(BROWSER.find("#safeguarding-entry-gender-male").isSelected(), is(false));
        assertThat(BROWSER.driver().findElements(By.id("safeguarding-entry-gender-prefer-not-to-say")), is(empty()));

        BROWSER.find("[data-safeguarding-edit='migrant-help']").click();
        BROWSER.waitFor(ExpectedConditions.attributeContains(BROWSER.find("#safeguarding-entry-name"), "value",
                "Migrant Help"));
        assertThat(BROWSER.find("#safeguarding-entry-gender-female").isSelected(), is(false));
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    @Test
    public void retireEntry_shouldAskFirstThenTakeTheServiceOffTheList() {
        openArea("directory");
        String name = BROWSER.find("[data-safeguarding-retire='crimestoppers']").getAttribute("data-name");

        BROWSER.find("[data-safeguarding-retire='crimestoppers']").click();
        WebElement keep = BROWSER.find("#safeguarding-retire-no");
        assertThat(BROWSER.find("#safeguarding-retire-question").getText(), containsString(name));
        assertThat(BROWSER.driver().switchTo().activeElement(), is(keep));
        keep.click();
        assertThat(BROWSER.find("#safeguarding-retire-confirm").isDisplayed(), is(false));
        assertThat(rowNames(), hasItem(name));

        BROWSER.find("[data-safeguarding-retire='crimestoppers']").click();
        assertThat(BROWSER.find("#safeguarding-retire-yes").getAttribute("class"), is("aui-button aui-button-warning"));
        lookAtEachWidth("admin-retire-confirm");
        BROWSER.find("#safeguarding-retire-yes").click();

        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.retired", name)));
        assertThat(rowNames(), not(hasItem(name)));
    }

    @Test
    public void recordReview_shouldSayWhatIsMissingThenMarkTheLanguageChecked() {
        openArea("translations");
        WebElement polish = BROWSER.find("form.safeguarding-review[data-tag='pl']");

        polish.findElement(By.cssSelector("button[type=submit]")).click();
        BROWSER.waitFor(ExpectedConditions.textToBe(By.id("safeguarding-review-pl-by-error"),
                VelocityTemplates.text("safeguarding.resource.error.reviewer")));
        assertThat(BROWSER.driver().switchTo().activeElement(), is(BROWSER.find("#safeguarding-review-pl-by")));

        type("#safeguarding-review-pl-by", "Ewa Nowak, interpreter");
        // Before the shipped words last changed (7 Dec 2026): a check of other words.
        BROWSER.script("arguments[0].value = '2026-11-01'", BROWSER.find("#safeguarding-review-pl-on"));
        BROWSER.find("form.safeguarding-review[data-tag='pl'] button[type=submit]").click();
        BROWSER.waitFor(ExpectedConditions.textToBe(By.id("safeguarding-review-pl-on-error"),
                VelocityTemplates.text("safeguarding.resource.error.reviewed-before-change")));

        BROWSER.script("arguments[0].value = '2026-12-07'", BROWSER.find("#safeguarding-review-pl-on"));
        BROWSER.find("form.safeguarding-review[data-tag='pl'] button[type=submit]").click();

        savedMessage();
        assertThat(BROWSER.find("ul.safeguarding-admin-languages").getText(),
                containsString("Ewa Nowak, interpreter, 7 Dec 2026"));
    }

    @Test
    public void addEntry_shouldBeDoableWithTheKeyboardAlone() {
        openArea("directory");
        BROWSER.script("document.getElementById('safeguarding-entry-name').focus()");

        keys("Keyboard line");
        tabTo("safeguarding-entry-phone", NEXT_FIELD);
        keys("0800 000 0000");
        tabTo("safeguarding-entry-nation-england", NEXT_FIELD);
        keys(Keys.SPACE);
        tabTo("safeguarding-entry-audience", NEXT_FIELD);
        keys("Ad"); // options by their first letters: a space would open the list
        tabTo("safeguarding-entry-category", NEXT_FIELD);
        keys("Ot");
        tabTo("safeguarding-entry-verifiedOn", NEXT_FIELD);
        keys("01112026"); // a past date, whichever of day or month the browser's locale puts first
        tabTo("safeguarding-entry-source", NEXT_FIELD);
        keys("https://example.org/keyboard", Keys.ENTER);

        savedMessage();
        assertThat(rowNames(), hasItem("Keyboard line"));
    }

    @Test
    public void accessLog_shouldDownloadAsCsvWithItsHeader() {
        openArea("records");
        String href = BROWSER.find("a[download]").getAttribute("href");

        Object csv = ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);", href);

        assertThat(csv.toString().trim(), is("Case,User,User key,When (UTC),What,Detail"));
    }

    @Test
    public void adminPage_shouldBeRefusedToAWorker() {
        preview.signInAs(PreviewUser.Role.WORKER);
        // The directory's page holds the entry form and, like every area, the app's name in its title.
        openArea("directory");

        assertThat(BROWSER.driver().getPageSource(), not(containsString("safeguarding-entry-form")));
        assertThat(BROWSER.driver().getTitle(), not(containsString(VelocityTemplates.text("safeguarding.admin.title"))));
    }

    private void openArea(String area) {
        open(ADMIN_PAGE + "/" + area);
    }


    private static void fillNewEntry(String name) {
        type("#safeguarding-entry-name", name);
        type("#safeguarding-entry-phone", "0113 000 0000");
        BROWSER.find("label[for='safeguarding-entry-nation-england']").click();
        new Select(BROWSER.find("#safeguarding-entry-audience")).selectByValue("adults");
        new Select(BROWSER.find("#safeguarding-entry-category")).selectByValue("other-help");
        type("#safeguarding-entry-languages", "Polish, Romanian");
        BROWSER.script("arguments[0].value = '2026-11-20'", BROWSER.find("#safeguarding-entry-verifiedOn"));
        type("#safeguarding-entry-source", "https://example.org/refuge");
    }

    private static List<String> rowNames() {
        return BROWSER.driver().findElements(By.cssSelector("table.aui tbody tr td.safeguarding-directory-name")).stream()
                .map(WebElement::getText).toList();
    }
}
