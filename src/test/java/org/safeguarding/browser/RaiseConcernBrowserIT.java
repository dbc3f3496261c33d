package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.preview.PreviewUser;
import org.safeguarding.screening.SupportNeed;

/**
 * A worker raises a concern with the guided screening, with the keyboard alone, at desktop width and at 400 px, and
 * lands on the new case, whose fields hold the answers. Every key pressed is counted (typed words are not).
 */
public class RaiseConcernBrowserIT extends BrowserTest {
    private int presses;

    @Test
    public void raise_shouldTakeATypicalConcernByKeyboardAloneAndLandOnTheCaseWithItsAnswers() {
        for (Dimension size : SIZES) {
            BROWSER.driver().manage().window().setSize(size);
            preview.signInAs(PreviewUser.Role.WORKER);
            open("/");
            BROWSER.find("#safeguarding-raise-link").click();
            presses = 1;
            raiseTypicalConcern(size.getWidth());

            String key = BROWSER.waitFor(driver -> driver.getCurrentUrl().matches(".*/browse/SG-\\d+$")
                    ? driver.getCurrentUrl().replaceAll(".*/browse/", "") : null);
            CaseValues values = preview.values(key).orElseThrow();
            assertThat(values.option(CaseFields.IMMEDIATE_DANGER), is(Optional.of("no")));
            assertThat(values.option("question.journey-arranged"), is(Optional.of("yes")));
            assertThat(values.option("question.owes-money"), is(Optional.of("yes")));
            assertThat(values.option("question.forced-or-held"), is(Optional.of("no")));
            assertThat(values.option(CaseFields.AGE_GROUP), is(Optional.of("adult")));
            assertThat(values.option(CaseFields.CONSENT), is(Optional.of("given")));
            assertThat(values.options(CaseFields.INDICATORS_SEEN).size(), is(5));
            assertThat(values.options(CaseFields.SUPPORT_NEEDS).size(), is(2));
            System.out.println("Guided path at " + size.getWidth() + " px: " + presses + " key presses and clicks");
        }
        BROWSER.driver().manage().window().setSize(SIZES.get(0));
    }

    /**
     * On a phone the question comes first: what the answers say so far is one line, the reasons and the first step
     * open from the link beside it; on a desktop all of it shows, with no link.
     */
    @Test
    public void raise_shouldShowTheAssessmentAsOneLineOnAPhoneThatOpensOnDemand() {
        preview.signInAs(PreviewUser.Role.WORKER);
        BROWSER.driver().manage().window().setSize(SIZES.get(1));
        try {
            open("/plugins/servlet/safeguarding/raise");
            // Is anyone in danger now: yes, no or not sure; "did not want to say" is no answer to it.
            assertThat(BROWSER.driver().findElements(By.cssSelector("input[name='immediateDanger']")).stream()
                    .map(input -> input.getAttribute("value")).toList(), contains("yes", "no", "not-sure"));
            BROWSER.find("label[for='safeguarding-raise-immediateDanger-no']").click();
            BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#safeguarding-raise-assessment strong")));
            WebElement firstStep = BROWSER.find("#safeguarding-raise-assessment > p:last-child");
            WebElement toggle = BROWSER.find(".safeguarding-raise-assessment-toggle");

            assertThat(firstStep.isDisplayed(), is(false));
            assertThat(BROWSER.find("aside.safeguarding-raise-assessment").getSize().getHeight() < 90, is(true));
            BROWSER.screenshot("raise-assessment-bar-400");
            toggle.click();
            assertThat(firstStep.isDisplayed(), is(true));
            assertThat(toggle.getAttribute("aria-expanded"), is("true"));
            BROWSER.screenshot("raise-assessment-open-400");

            BROWSER.driver().manage().window().setSize(SIZES.get(0));
            open("/plugins/servlet/safeguarding/raise");
            BROWSER.find("label[for='safeguarding-raise-immediateDanger-no']").click();
            BROWSER.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#safeguarding-raise-assessment strong")));
            assertThat(BROWSER.find("#safeguarding-raise-assessment > p:last-child").isDisplayed(), is(true));
            assertThat(BROWSER.find(".safeguarding-raise-assessment-toggle").isDisplayed(), is(false));
        } finally {
            BROWSER.driver().manage().window().setSize(SIZES.get(0));
        }
    }

    /** Filtering the signs hides a group's heading with its last sign: what is left reads as what matches. */
    @Test
    public void signs_shouldHideAGroupsHeadingWhenTheFilterLeavesItEmpty() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        By next = By.cssSelector("section.safeguarding-step:not([hidden]) [data-safeguarding-step='next']");
        while (!BROWSER.find("#safeguarding-step-signs").isDisplayed()) {
            BROWSER.driver().findElement(next).click();
        }
        List<WebElement> groups = BROWSER.driver().findElements(By.cssSelector("fieldset.safeguarding-raise-signs"));

        BROWSER.find("#safeguarding-raise-filter").sendKeys("passport");

        List<WebElement> shown = groups.stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown.isEmpty(), is(false));
        assertThat(shown.size() < groups.size(), is(true));
        for (WebElement group : shown) {
            assertThat(group.findElements(By.cssSelector(".safeguarding-raise-sign")).stream()
                    .anyMatch(WebElement::isDisplayed), is(true));
        }
        lookAtEachWidth("raise-signs-filtered");
        BROWSER.find("#safeguarding-raise-filter").clear();
        BROWSER.find("#safeguarding-raise-filter").sendKeys(" ");
        assertThat(groups.stream().allMatch(WebElement::isDisplayed), is(true));
    }

    /** A field the server refuses never leaves an old level standing: the box says why it cannot say one now. */
    @Test
    public void raise_shouldSayWhatTheAnswersSayCannotBeWorkedOutRatherThanKeepAnOldLevel() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        BROWSER.find("label[for='safeguarding-raise-immediateDanger-no']").click();
        nextStep(2);
        BROWSER.script("var language = document.querySelector('#safeguarding-raise-language');"
                + "language.removeAttribute('maxlength'); language.value = 'x'.repeat(201);"
                + "language.dispatchEvent(new Event('change', {bubbles: true}));");

        WebElement assessment = BROWSER.find("#safeguarding-raise-assessment");
        BROWSER.waitFor(driver -> assessment.getText().startsWith(VelocityTemplates.text(
                "safeguarding.raise.so-far.stale")) ? true : null);
        assertThat(assessment.getText(), containsString(VelocityTemplates.text("safeguarding.raise.language")
                + ": This is longer than 200 characters."));
        look("raise-so-far-refused");
    }

    /**
     * Someone else holding the passport is offered once, in words that say it, and recorded as ticked; the kinds most
     * often seen come first: labour exploitation for an adult, criminal exploitation for a child (issue 35).
     */
    @Test
    public void signs_shouldOfferDocumentsHeldOnceAndTheKindMostOftenSeenFirstForTheAge() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        nextStep(2);
        BROWSER.find("label[for='safeguarding-raise-ageGroup-adult']").click();
        nextStep(1);
        assertThat(groupHeadings().get(4), is(VelocityTemplates.text("safeguarding.indicator-group.labour")));
        BROWSER.find("#safeguarding-raise-filter").sendKeys("passport");

        List<String> matching = BROWSER.driver().findElements(By.cssSelector(".safeguarding-raise-sign label"))
                .stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertThat(matching, contains(VelocityTemplates.text("safeguarding.indicator.ilo.retention-of-documents")));
        lookAtEachWidth("raise-signs-passport");
        BROWSER.find("label[for='safeguarding-raise-sign-ilo.retention-of-documents']").click();
        BROWSER.driver().findElements(By.cssSelector("[data-safeguarding-step='back']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        BROWSER.find("label[for='safeguarding-raise-ageGroup-under-18']").click();
        nextStep(1);
        BROWSER.find("#safeguarding-raise-filter").clear();
        BROWSER.find("#safeguarding-raise-filter").sendKeys(" ");
        assertThat(groupHeadings().get(4), is(VelocityTemplates.text("safeguarding.indicator-group.criminal")));
        look("raise-signs-child-order");
        saveConcern();

        String key = BROWSER.waitFor(driver -> driver.getCurrentUrl().matches(".*/browse/SG-\\d+$")
                ? driver.getCurrentUrl().replaceAll(".*/browse/", "") : null);
        assertThat(preview.values(key).orElseThrow().options(CaseFields.INDICATORS_SEEN),
                contains("ilo.retention-of-documents"));
    }

    private static List<String> groupHeadings() {
        return BROWSER.driver().findElements(By.cssSelector("fieldset.safeguarding-raise-signs > legend")).stream()
                .map(legend -> legend.getAttribute("textContent").trim()).toList();
    }

    /** The chronology opens with the concern raised, by whom, and the risk level the leads were told of then. */
    /**
     * A changed plan asks a worker once, beside the form, and raising the concern still works; once they say they read
     * it, their leads' list shows it (issue 32).
     */
    @Test
    public void raise_shouldAskOnceToReadAChangedPlanAndStillRaiseTheConcern() {
        open("/plugins/servlet/safeguarding/admin/plan");
        type("#safeguarding-plan-form-specialists", "Ann Lee, safeguarding lead, 0113 000 0000");
        BROWSER.find("#safeguarding-plan-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.plan")));
        String today = UkDates.day(LocalDate.now(new UkClock()));

        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        assertThat(BROWSER.find("#safeguarding-raise-plan-changed").getText(), startsWith(VelocityTemplates.text(
                "safeguarding.raise.plan-changed", today)));
        lookAtEachWidth("raise-plan-changed");
        raiseTypicalConcern(1280);
        BROWSER.waitFor(driver -> driver.getCurrentUrl().matches(".*/browse/SG-\\d+$"));
        open("/plugins/servlet/safeguarding/raise");
        assertThat("asked once only", BROWSER.driver().findElements(By.id("safeguarding-raise-plan-changed")).isEmpty(),
                is(true));

        open("/plugins/servlet/safeguarding/plan");
        BROWSER.find("#safeguarding-plan-read button").click();
        BROWSER.waitFor(driver -> !driver.findElement(By.id("safeguarding-plan-read-status")).getText().isEmpty());
        assertThat(BROWSER.find("#safeguarding-plan-read-status").getText(),
                is(VelocityTemplates.text("safeguarding.plan.read.done")));

        preview.signInAs(PreviewUser.Role.ADMIN);
        open("/plugins/servlet/safeguarding/admin/settings");
        type("#safeguarding-settings-staffGroup", "jira-software-users");
        BROWSER.find("#safeguarding-settings-save").click();
        assertThat(savedMessage(), is(VelocityTemplates.text("safeguarding.admin.saved.settings")));
        open("/plugins/servlet/safeguarding/plan-readers");
        assertThat(BROWSER.driver().findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .toList(), contains("admin Not read", "lead Not read", "worker Read " + today));
        assertThat(BROWSER.find("#safeguarding-plan-readers-summary").getText(),
                is("1 of 3 (33 %) have read the current version."));
        lookAtEachWidth("plan-readers");
    }

    @Test
    public void raise_shouldStartTheChronologyWithTheConcernAndItsRiskWhenRaised() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        raiseTypicalConcern(1280);
        String key = BROWSER.waitFor(driver -> driver.getCurrentUrl().matches(".*/browse/SG-\\d+$")
                ? driver.getCurrentUrl().replaceAll(".*/browse/", "") : null);

        preview.signInAs(PreviewUser.Role.LEAD);
        open("/plugins/servlet/safeguarding/chronology?case=" + key);

        WebElement first = BROWSER.find(".safeguarding-chronology tbody tr");
        assertThat(first.getText(), containsString(VelocityTemplates.text("safeguarding.chronology.raised.risk", "")
                .replaceAll("\\.$", "")));
        assertThat(first.getText(), containsString("worker"));
        lookAtEachWidth("chronology-raised");
    }

    /**
     * The same concern on Jira's create and edit screen (the preview's stand-in, every field in one long form) needs
     * at least twice the key presses of the guided path: the numbers are in docs/safeguarding-guide.md.
     */
    @Test
    public void raise_shouldNeedAtMostHalfTheKeyPressesOfTheCreateScreen() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/");
        BROWSER.find("#safeguarding-raise-link").click();
        presses = 1;
        raiseTypicalConcern(1280);
        BROWSER.waitFor(driver -> driver.getCurrentUrl().contains("/browse/") ? true : null);
        int guided = presses;

        open("/");
        BROWSER.find("#preview-summary").sendKeys("Car wash worker");
        clickThrough(BROWSER.find("#preview-raise"));
        presses = 1;
        String key = BROWSER.driver().getCurrentUrl().replaceAll(".*/", "");
        tabUntil("field-immediate-danger");
        press(Keys.DOWN, 2);
        tabUntil("field-indicators-seen");
        // The first five signs, next to each other in the list: the create screen's easiest case.
        press(Keys.DOWN, 1);
        for (int sign = 1; sign < 5; sign++) {
            withShift(Keys.DOWN);
        }
        tabUntil("field-question-journey-arranged");
        press(Keys.DOWN, 1);
        tabUntil("field-question-owes-money");
        press(Keys.DOWN, 1);
        tabUntil("field-question-forced-or-held");
        press(Keys.DOWN, 2);
        tabUntil("field-age-group");
        press(Keys.DOWN, 2);
        tabUntil("field-consent");
        press(Keys.DOWN, 1);
        // Jira draws support needs as checkboxes: the first two.
        tabUntil("field-support-needs-" + SupportNeed.values()[0].id());
        press(Keys.SPACE);
        press(Keys.TAB);
        press(Keys.SPACE);
        tabUntil("preview-save");
        press(Keys.ENTER, 1);
        BROWSER.waitFor(driver -> driver.getCurrentUrl().contains("/browse/") ? true : null);
        CaseValues values = preview.values(key).orElseThrow();
        assertThat(values.options(CaseFields.INDICATORS_SEEN).size(), is(5));
        assertThat(values.options(CaseFields.SUPPORT_NEEDS).size(), is(2));
        assertThat(values.option(CaseFields.CONSENT), is(Optional.of("given")));
        int createScreen = presses;

        System.out.println("Typical concern: guided " + guided + ", create screen " + createScreen + " key presses");
        assertThat("guided " + guided + " against " + createScreen, guided * 2 <= createScreen, is(true));
    }

    @Test
    public void raise_shouldPutDangerFirstAndSayWhatTheAnswersMeanAsTheyGo() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");

        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"), is("safeguarding-step-danger"));
        press(Keys.TAB);
        press(Keys.SPACE);

        assertThat(BROWSER.find("#safeguarding-raise-danger").getText(), startsWith(
                VelocityTemplates.text("safeguarding.panel.danger.title")));
        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-raise-assessment")).getText()
                .toLowerCase().contains("immediate danger") ? true : null);
        BROWSER.screenshot("raise-danger");
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
        // Changing the answer says what it changed.
        press(Keys.DOWN);
        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-raise-assessment")).getText()
                .contains("Your last answer changed this from Immediate danger to ") ? true : null);
    }

    /** Danger raised at once is urgent at once (issue 29): the case opens in Immediate danger, its leads told so. */
    @Test
    public void raise_shouldTakeAConcernWithDangerNowStraightToImmediateDanger() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        press(Keys.TAB);
        press(Keys.SPACE);
        saveConcern();

        String key = BROWSER.waitFor(driver -> driver.getCurrentUrl().matches(".*/browse/SG-\\d+$")
                ? driver.getCurrentUrl().replaceAll(".*/browse/", "") : null);
        assertThat(preview.values(key).orElseThrow().option(CaseFields.IMMEDIATE_DANGER), is(Optional.of("yes")));
        assertThat(BROWSER.find("#safeguarding-status").getText(), containsString(
                VelocityTemplates.text("safeguarding.step.immediate-danger")));

        // Leaving danger asks whether anyone is still in danger; the banner goes only once someone says no.
        transition("Back to lead review");
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#preview-transition-errors").getText(), containsString(
                VelocityTemplates.text("safeguarding.workflow.error.danger-check-needed")));
        new Select(BROWSER.find("#field-danger-check")).selectByValue("no");
        lookAtEachWidth("danger-check");
        clickThrough(BROWSER.find("#preview-transition"));
        assertThat(BROWSER.find("#safeguarding-status").getText(), containsString(
                VelocityTemplates.text("safeguarding.step.lead-review")));
        assertThat(BROWSER.driver().findElements(By.cssSelector(".safeguarding-resources [role='alert']")), empty());
        assertThat(BROWSER.find("#safeguarding-danger-checked").getText(), startsWith("Someone was in danger when "
                + "the concern was raised. Is anyone still in danger? At the latest check: No."));
        assertThat(preview.values(key).orElseThrow().option(CaseFields.IMMEDIATE_DANGER), is(Optional.of("yes")));
        BROWSER.screenshot("danger-cleared");
    }

    @Test
    public void raise_shouldCountSignsSeenOrToldAndNoteTheOnesTheWorkerIsNotSureAbout() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        nextStep(3);
        BROWSER.find("label[for='safeguarding-raise-sign-physical.neglected']").click();
        BROWSER.find("label[for='safeguarding-raise-sign-physical.assault-injuries']").click();
        BROWSER.find("label[for='safeguarding-raise-how-physical.assault-injuries-told']").click();
        BROWSER.find("label[for='safeguarding-raise-sign-physical.untreated-injuries']").click();
        BROWSER.find("label[for='safeguarding-raise-how-physical.untreated-injuries-not-sure']").click();
        look("raise-signs-how");
        nextStep(2);
        assertThat(BROWSER.find("#safeguarding-raise-review").getText(), containsString(
                "Injuries that look like assault or being restrained (They told me)"));
        saveConcern();

        String key = BROWSER.waitFor(driver -> driver.getCurrentUrl().matches(".*/browse/SG-\\d+$")
                ? driver.getCurrentUrl().replaceAll(".*/browse/", "") : null);
        CaseValues values = preview.values(key).orElseThrow();
        assertThat(values.options(CaseFields.INDICATORS_SEEN), containsInAnyOrder("physical.neglected",
                "physical.assault-injuries"));
        assertThat(values.text(CaseFields.SCREENING_NOTES).orElseThrow(), containsString(
                "Signs I was not sure about (not counted): Old or untreated injuries, with vague explanations."));
    }

    @Test
    public void raise_shouldWriteWhatThePersonSaidRightToLeftInTheirOwnScript() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        nextStep(5);
        BROWSER.find("#safeguarding-raise-notes").sendKeys("قال إن صاحب العمل يحتفظ بجواز سفره");

        assertThat(BROWSER.script("return getComputedStyle(arguments[0]).direction",
                BROWSER.find("#safeguarding-raise-notes")), is("rtl"));
        BROWSER.screenshot("raise-notes-rtl");
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    /** The person's own word for their language finds its words, and the languages with explanations are offered. */
    @Test
    public void raise_shouldFindTheirLanguageByTheirOwnWordForIt() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        nextStep(2);
        WebElement albanian = BROWSER.find(".safeguarding-raise-words-text[lang='sq']");
        assertThat(BROWSER.driver().findElements(By.cssSelector("#safeguarding-raise-languages option")).size(),
                is(11));

        BROWSER.find("#safeguarding-raise-language").sendKeys("Shqip");

        BROWSER.waitFor(driver -> albanian.isDisplayed() ? true : null);
        assertThat(BROWSER.accessibilityViolations(), is(empty()));
    }

    /**
     * A worker who has never heard of the NRM gets the words to say before the consent question, in English and, once
     * the person's language is given by any of its names, in that language, right to left for Arabic; a child is not
     * asked at all, and the page says children's services are always told.
     */
    @Test
    public void raise_shouldGiveTheWordsAboutAReferralInTheirLanguageAndNeverAskAChild() {
        for (Dimension size : SIZES) {
            BROWSER.driver().manage().window().setSize(size);
            preview.signInAs(PreviewUser.Role.WORKER);
            open("/plugins/servlet/safeguarding/raise");
            nextStep(2);
            WebElement english = BROWSER.find(".safeguarding-raise-words-text[lang='en']");
            WebElement arabic = BROWSER.find(".safeguarding-raise-words-text[lang='ar']");
            assertThat(english.isDisplayed(), is(true));
            assertThat(arabic.isDisplayed(), is(false));

            BROWSER.find("#safeguarding-raise-language").sendKeys("ARABIC ");

            BROWSER.waitFor(driver -> arabic.isDisplayed() ? true : null);
            assertThat(english.isDisplayed(), is(true));
            assertThat(BROWSER.script("return getComputedStyle(arguments[0]).direction", arabic), is("rtl"));
            BROWSER.script("arguments[0].scrollIntoView()", arabic);
            look("raise-consent-words-ar-" + size.getWidth());

            BROWSER.find("label[for='safeguarding-raise-ageGroup-under-18']").click();

            BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-raise-consent-child")).isDisplayed()
                    ? true : null);
            assertThat(BROWSER.find("#safeguarding-raise-consent").isDisplayed(), is(false));
            look("raise-consent-child-" + size.getWidth());
        }
        BROWSER.driver().manage().window().setSize(SIZES.get(0));
    }

    @Test
    public void raise_shouldKeepEverythingThroughALostLoginAndSaveItOnReturn() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        BROWSER.find("label[for='safeguarding-raise-immediateDanger-no']").click();
        preview.signInAs(PreviewUser.Role.ANONYMOUS);
        BROWSER.find("[data-safeguarding-save]").click();

        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-raise-logged-out")).isDisplayed() ? true
                : null);
        assertThat(BROWSER.find("#safeguarding-raise-immediateDanger-no").isSelected(), is(true));
        assertThat(BROWSER.script("return window.sessionStorage.length + window.localStorage.length"), is(0L));

        preview.signInAs(PreviewUser.Role.WORKER);
        BROWSER.script("window.dispatchEvent(new Event('focus'))");

        String key = BROWSER.waitFor(driver -> driver.getCurrentUrl().matches(".*/browse/SG-\\d+$")
                ? driver.getCurrentUrl().replaceAll(".*/browse/", "") : null);
        assertThat(preview.values(key).orElseThrow().option(CaseFields.IMMEDIATE_DANGER), is(Optional.of("no")));
    }

    @Test
    public void raise_shouldNameWhatIsWrongAndKeepEverythingTyped() {
        preview.signInAs(PreviewUser.Role.WORKER);
        open("/plugins/servlet/safeguarding/raise");
        BROWSER.script("document.querySelector('#safeguarding-raise-summary').removeAttribute('maxlength')");
        BROWSER.script("document.querySelector('#safeguarding-raise-summary').value = 'x'.repeat(300)");
        BROWSER.find("[data-safeguarding-save]").click();

        BROWSER.waitFor(driver -> driver.findElement(By.id("safeguarding-raise-problems")).isDisplayed() ? true
                : null);
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"), is("safeguarding-raise-problems"));
        assertThat(BROWSER.find("#safeguarding-raise-problems").getText(), containsString(
                "This is longer than 255 characters."));
        assertThat(BROWSER.find("#safeguarding-raise-summary").getAttribute("value").length(), is(300));
    }

    /** Danger no, the leaflet's three questions, age, consent, five signs, two needs, then save: keys only. */
    private void raiseTypicalConcern(int width) {
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"), is("safeguarding-step-danger"));
        press(Keys.TAB);
        press(Keys.DOWN);
        press(Keys.ENTER);
        // The leaflet's three questions: yes, yes, no.
        press(Keys.TAB);
        press(Keys.SPACE);
        press(Keys.TAB);
        press(Keys.SPACE);
        press(Keys.TAB);
        press(Keys.DOWN);
        look("raise-questions-" + width);
        press(Keys.ENTER);
        // 18 or over; past nation, language and interpreter (not known yet); then consent: agreed.
        press(Keys.TAB);
        press(Keys.DOWN);
        press(Keys.TAB, 4);
        press(Keys.SPACE);
        press(Keys.ENTER);
        // Five signs, the first five offered, each seen (the choice a ticked sign starts with), then two needs.
        press(Keys.TAB);
        for (int sign = 0; sign < 5; sign++) {
            press(Keys.TAB);
            if (sign > 0) {
                // Past how the worker knows of the sign before.
                press(Keys.TAB);
            }
            press(Keys.SPACE);
        }
        look("raise-signs-" + width);
        press(Keys.ENTER);
        for (int need = 0; need < 2; need++) {
            press(Keys.TAB);
            press(Keys.SPACE);
        }
        press(Keys.ENTER);
        // The review, with the notes and the summary: nothing typed, so on to the summary, where Enter saves.
        look("raise-review-" + width);
        press(Keys.TAB);
        press(Keys.TAB);
        assertThat(BROWSER.driver().switchTo().activeElement().getAttribute("id"), is("safeguarding-raise-summary"));
        press(Keys.ENTER);
    }

    private void press(CharSequence key) {
        keys(key);
        presses++;
    }

    private void press(CharSequence key, int times) {
        for (int time = 0; time < times; time++) {
            press(key);
        }
    }

    /** One key pressed with Shift held, as one press. */
    private void withShift(Keys key) {
        new Actions(BROWSER.driver()).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform();
        presses++;
    }

    /** Tab, as a keyboard user would, until the element has the focus; every press counted. */
    private void tabUntil(String id) {
        for (int most = 0; most < 200; most++) {
            press(Keys.TAB);
            if (id.equals(BROWSER.driver().switchTo().activeElement().getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reaches " + id);
    }

    private static void look(String name) {
        BROWSER.screenshot(name);
        assertThat(name, BROWSER.accessibilityViolations(), is(empty()));
    }
}
