package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.ExplanationTopic;
import org.safeguarding.resources.ResourceCategory;

/** Every value a worker or lead can see has plain-English words, and every id is unique within its kind. */
public class ScreeningTextsTest {
    private static final List<Class<? extends Identified>> VOCABULARIES = List.of(Answer.class, AgeGroup.class,
            Nation.class, Consent.class, ContactChannel.class, SupportNeed.class, Barrier.class,
            ExploitationCategory.class, ExploitationType.class, IndicatorGroup.class, Indicator.class, Question.class,
            RiskLevel.class, Confidence.class, Reason.class, Action.class, Contradiction.Kind.class, Audience.class,
            ResourceCategory.class, ExplanationTopic.class, AccessKind.class, Gender.class);

    @Test
    public void everyValue_shouldHaveWordsInTheI18nFile() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (Class<? extends Identified> vocabulary : VOCABULARIES) {
            for (Identified value : vocabulary.getEnumConstants()) {
                if (!messages.containsKey(value.labelKey())) {
                    missing.add(value.labelKey());
                }
            }
        }
        for (Question question : Question.values()) {
            if (!messages.containsKey(question.hintKey())) {
                missing.add(question.hintKey());
            }
        }
        for (Barrier barrier : Barrier.values()) {
            if (!messages.containsKey(barrier.labelKey() + ".tip")) {
                missing.add(barrier.labelKey() + ".tip");
            }
        }
        assertThat(missing, empty());
    }

    @Test
    public void i18nFile_shouldBeAsciiSoEveryJiraVersionReadsItTheSame() throws IOException {
        byte[] file = ScreeningTextsTest.class.getResourceAsStream("/i18n/safeguarding.properties").readAllBytes();
        List<Integer> nonAscii = new ArrayList<>();
        for (int i = 0; i < file.length; i++) {
            if (file[i] < 0) {
                nonAscii.add(i);
            }
        }
        assertThat("byte offsets of characters to write as \\uXXXX escapes", nonAscii, empty());
    }

    @Test
    public void everyId_shouldBeUniqueWithinItsKind() {
        List<String> duplicates = new ArrayList<>();
        for (Class<? extends Identified> vocabulary : VOCABULARIES) {
            Set<String> seen = new HashSet<>();
            for (Identified value : vocabulary.getEnumConstants()) {
                if (!seen.add(value.id())) {
                    duplicates.add(vocabulary.getSimpleName() + ":" + value.id());
                }
            }
        }
        assertThat(duplicates, empty());
    }

    /** A key written twice silently loses its first words: the later line wins. */
    @Test
    public void i18nFile_shouldGiveEachKeyOnce() throws IOException {
        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(ScreeningTextsTest.class
                .getResourceAsStream("/i18n/safeguarding.properties"), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).trim())
                    .filter(key -> !seen.add(key)).forEach(duplicates::add);
        }
        assertThat(duplicates, empty());
    }

    /**
     * Jira formats a text with arguments by {@link java.text.MessageFormat}, where a lone apostrophe starts a quoted
     * part: "the Home Office's form, {0}" would print "the Home Offices form, {0}". Such texts double it.
     */
    @Test
    public void i18nFile_shouldDoubleEveryApostropheInATextWithArguments() throws IOException {
        List<String> broken = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(ScreeningTextsTest.class
                .getResourceAsStream("/i18n/safeguarding.properties"), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> line.matches("[^#=]+=.*\\{\\d}.*"))
                    .filter(line -> line.substring(line.indexOf('=') + 1).replace("''", "").contains("'"))
                    .forEach(broken::add);
        }
        assertThat(broken, empty());
    }

    /** A text without arguments is shown as written: a doubled apostrophe there would show as two. */
    @Test
    public void i18nFile_shouldNotDoubleAnApostropheInATextWithoutArguments() throws IOException {
        List<String> doubled = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(ScreeningTextsTest.class
                .getResourceAsStream("/i18n/safeguarding.properties"), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> line.matches("[^#=]+=.*") && !line.matches("[^#=]+=.*\\{\\d}.*"))
                    .filter(line -> line.contains("''")).forEach(doubled::add);
        }
        assertThat(doubled, empty());
    }

    /**
     * Where a step's words carry what keeps someone safe (a number to call, who to tell), the words say it, as the
     * domain reference (§13, §14) gives it: the 999/101 police numbers, the Modern Slavery & Exploitation Helpline
     * 08000 121 700, Crimestoppers 0800 555 111, the child trafficking guardians' 0800 043 4303, and the Home Office
     * for the Duty to Notify; a test on the step's key alone would pass with any words behind it.
     */
    @Test
    public void safetySteps_shouldSayTheNumberOrAgencyInTheirWords() throws IOException {
        Properties messages = messages();
        Map<Action, List<String>> said = Map.of(
                Action.CALL_999, List.of("999"),
                Action.CHECK_DANGER, List.of("999"),
                Action.TELL_POLICE, List.of("999", "101"),
                Action.REFER_THROUGH_FRO_OR_HELPLINE, List.of("08000 121 700"),
                Action.RECORD_REFUSAL_AND_SAFETY_PLAN, List.of("08000 121 700", "0800 555 111"),
                Action.REPORT_OTHERS_AT_RISK, List.of("08000 121 700"),
                Action.REFER_TO_CHILD_GUARDIAN, List.of("0800 043 4303"),
                Action.SUBMIT_DUTY_TO_NOTIFY, List.of("Home Office"),
                Action.CONTACT_FORCED_MARRIAGE_UNIT, List.of("020 7008 0151", "9am to 5pm"));
        List<String> missing = new ArrayList<>();
        said.forEach((action, words) -> words.stream()
                .filter(word -> !messages.getProperty(action.labelKey(), "").contains(word))
                .forEach(word -> missing.add(action + " does not say " + word)));
        assertThat(missing, empty());
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(ScreeningTextsTest.class.getResourceAsStream(
                "/i18n/safeguarding.properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
