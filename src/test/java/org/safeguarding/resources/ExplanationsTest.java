package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Test;
import org.safeguarding.screening.Nation;

public class ExplanationsTest {
    private final Explanations explanations = new Explanations(List.of(
            language("en", "English"), language("sq", "Albanian")));

    @Test
    public void forLanguage_shouldUseTheLanguageRecordedOnTheCaseByNameOrTag() {
        for (String recorded : new String[] {"Albanian", " albanian ", "sq"}) {
            Explanations.Choice choice = explanations.forLanguage(Optional.of(recorded));

            assertThat(recorded, choice.explanation().tag(), equalTo("sq"));
            assertThat(choice.inTheirLanguage(), is(true));
        }
    }

    @Test
    public void forLanguage_shouldFallBackOnEnglishSayingItIsNotTheirs() {
        Explanations.Choice tigrinya = explanations.forLanguage(Optional.of("Tigrinya"));
        Explanations.Choice none = explanations.forLanguage(Optional.empty());

        assertThat(tigrinya.explanation().tag(), equalTo("en"));
        assertThat(tigrinya.inTheirLanguage(), is(false));
        assertThat(none.explanation().tag(), equalTo("en"));
        assertThat(explanations.forLanguage(Optional.of("English")).inTheirLanguage(), is(true));
    }

    @Test
    public void explanations_shouldRefuseASetWithoutEnglish() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new Explanations(List.of(language("sq", "Albanian"))));

        assertThat(refused.getMessage(), containsString("need English"));
    }

    @Test
    public void shipped_shouldOfferEnglishAndTheTenLanguagesMostNeededEachUncheckedUntilAPersonChecksIt() {
        List<String> tags = Explanations.shipped().languages().stream().map(Explanation::tag).toList();

        assertThat(tags, containsInAnyOrder("en", "sq", "ar", "bg", "zh-Hans", "lt", "pl", "ro", "so", "ti", "vi"));
        Explanations.shipped().languages().forEach(language -> assertThat(language.name(), language.reviewed(),
                is(false)));
    }

    @Test
    public void shipped_shouldKeepEveryNumberOfTheEnglishTextInEachTranslation() {
        Explanations shipped = Explanations.shipped();
        Explanation english = shipped.forLanguage(Optional.empty()).explanation();
        for (Explanation language : shipped.languages()) {
            for (ExplanationTopic topic : ExplanationTopic.values()) {
                assertThat(language.name() + " " + topic.id(), numbers(language.texts().get(topic)),
                        equalTo(numbers(english.texts().get(topic))));
            }
        }
    }

    @Test
    public void shipped_shouldFindALanguageByAnotherNameAndWriteArabicRightToLeft() {
        Explanations shipped = Explanations.shipped();

        assertThat(shipped.forLanguage(Optional.of("Mandarin")).explanation().tag(), equalTo("zh-Hans"));
        // The person's own word for their language finds it too (issue 35).
        assertThat(shipped.forLanguage(Optional.of("shqip")).explanation().tag(), equalTo("sq"));
        assertThat(shipped.forLanguage(Optional.of("العربية")).explanation().tag(), equalTo("ar"));
        assertThat(shipped.forLanguage(Optional.of("Tigrigna")).explanation().tag(), equalTo("ti"));
        assertThat(shipped.forLanguage(Optional.of("Arabic")).explanation().direction(), equalTo("rtl"));
        assertThat(shipped.forLanguage(Optional.of("Tigrinya")).explanation().direction(), equalTo("ltr"));
    }

    @Test
    public void shipped_shouldExplainEveryTopicInEnglishMarkedUnreviewedUntilAPersonChecksIt() {
        Explanation english = Explanations.shipped().forLanguage(Optional.empty()).explanation();

        assertThat(english.texts().size(), is(ExplanationTopic.values().length));
        assertThat(english.reviewed(), is(false));
        assertThat(english.texts().get(ExplanationTopic.RIGHTS), containsString("08000 121 700"));
    }

    @Test
    public void shownText_shouldKeepTheHelplineNumberInDialingOrderInArabicAndLeaveEnglishAsWritten() {
        Explanation arabic = Explanations.shipped().forLanguage(Optional.of("Arabic")).explanation();
        Explanation english = Explanations.shipped().forLanguage(Optional.empty()).explanation();

        assertThat(arabic.shownText(ExplanationTopic.RIGHTS, Optional.empty()),
                containsString("\u206608000\u00a0121\u00a0700\u2069"));
        assertThat(english.shownText(ExplanationTopic.RIGHTS, Optional.empty()), is(english.texts().get(ExplanationTopic.RIGHTS)));
    }

    /** The Duty to Notify binds public bodies in England and Wales only (domain reference §13.1, §13.6). */
    @Test
    public void shownText_shouldTellOfTheAnonymousNotificationOnlyWhereItApplies() {
        Explanation english = Explanations.shipped().forLanguage(Optional.empty()).explanation();
        String notification = "must still tell the Home Office, but without your name";

        assertThat(english.shownText(ExplanationTopic.SHARING, Optional.of(Nation.ENGLAND)),
                containsString(notification));
        assertThat(english.shownText(ExplanationTopic.SHARING, Optional.of(Nation.WALES)),
                containsString(notification));
        assertThat(english.shownText(ExplanationTopic.SHARING, Optional.empty()), containsString(notification));
        assertThat(english.shownText(ExplanationTopic.SHARING, Optional.of(Nation.SCOTLAND)),
                not(containsString(notification)));
        assertThat(english.shownText(ExplanationTopic.SHARING, Optional.of(Nation.NORTHERN_IRELAND)),
                allOf(not(containsString(notification)), containsString("we always tell children's services")));
    }

    /** A translation tells the person what the English does, nation by nation (domain reference §13.6). */
    @Test
    public void shipped_shouldTellOfTheAnonymousNotificationInEveryLanguageOnlyWhereItApplies() {
        for (Explanation language : Explanations.shipped().languages()) {
            String inEngland = language.shownText(ExplanationTopic.SHARING, Optional.of(Nation.ENGLAND));
            String inScotland = language.shownText(ExplanationTopic.SHARING, Optional.of(Nation.SCOTLAND));

            assertThat(language.name(), inEngland, allOf(startsWith(inScotland), not(equalTo(inScotland))));
        }
    }

    @Test
    public void read_shouldRefuseANoteForAnUnknownNation() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Explanations.read(json(
                "{\"tag\": \"sq\", \"name\": \"Albanian\", \"nationNotes\": [{\"nations\": [\"france\"], "
                        + "\"topic\": \"sharing\", \"text\": \"Një shënim.\"}]")));

        assertThat(refused.getMessage(), containsString("unknown nation 'france'"));
    }

    @Test
    public void read_shouldKeepWhoCheckedATranslationAndWhen() throws Exception {
        Explanations read = Explanations.read(json("{\"tag\": \"sq\", \"name\": \"Albanian\", \"review\": "
                + "{\"by\": \"Arta Krasniqi, interpreter\", \"on\": \"2026-12-01\"}"));

        Explanation albanian = read.forLanguage(Optional.of("sq")).explanation();
        assertThat(albanian.reviewed(), is(true));
        assertThat(albanian.review(), equalTo(new Explanation.Review("Arta Krasniqi, interpreter",
                LocalDate.of(2026, 12, 1))));
        assertThat(read.forLanguage(Optional.empty()).explanation().reviewed(), is(false));
    }

    @Test
    public void withReviews_shouldMarkTheReviewedLanguagesOnly() {
        Explanation.Review review = new Explanation.Review("Arta", LocalDate.of(2026, 11, 20));

        Explanations reviewed = explanations.withReviews(Map.of("sq", review, "xx", review));

        assertThat(reviewed.forLanguage(Optional.of("sq")).explanation().review(), equalTo(review));
        assertThat(reviewed.forLanguage(Optional.of("en")).explanation().reviewed(), is(false));
        assertThat(reviewed.languages().size(), is(2));
    }

    @Test
    public void read_shouldRefuseAReviewWithoutWhoOrWhenNamingTheLanguage() {
        for (String review : new String[] {"{\"on\": \"2026-12-01\"}", "{\"by\": \"Arta\"}",
            "{\"by\": \"Arta\", \"on\": \"1 December\"}"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Explanations.read(
                    json("{\"tag\": \"sq\", \"name\": \"Albanian\", \"review\": " + review)));

            assertThat(review, refused.getMessage(), containsString("Albanian: "));
        }
    }

    @Test
    public void read_shouldRefuseATranslationOfAnEnglishTextThatHasChangedSinceNamingWhatToRecord() {
        String older = "\"translatedFrom\": {" + fingerprints().replace(TextFingerprint.of("sharing"),
                TextFingerprint.of("sharing as it was")) + "}";

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Explanations.read(json(
                "{\"tag\": \"sq\", \"name\": \"Albanian\", " + older, "")));

        assertThat(refused.getMessage(), allOf(containsString("Albanian: 'sharing' was translated from an older"),
                containsString("record translatedFrom \"" + TextFingerprint.of("sharing") + "\"")));
    }

    @Test
    public void read_shouldRefuseATranslationThatDoesNotNameTheEnglishItTranslates() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Explanations.read(json(
                "{\"tag\": \"sq\", \"name\": \"Albanian\", \"translatedFrom\": {}", "")));

        assertThat(refused.getMessage(), containsString("Albanian: title was translated from an English text it "
                + "does not name"));
    }

    @Test
    public void read_shouldRefuseATranslationWithoutTheEnglishNoteOrWithANoteEnglishHasNot() throws Exception {
        String note = "\"nationNotes\": [{\"nations\": [\"wales\", \"england\"], \"topic\": \"sharing\", "
                + "\"text\": \"A note.\"";
        String translatedNote = note.replace("A note.", "Nj\u00eb sh\u00ebnim.") + ", \"translatedFrom\": \""
                + TextFingerprint.of("A note.") + "\"}], ";

        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Explanations.read(json(
                translated(""), note + "}], ")));
        IllegalStateException extra = assertThrows(IllegalStateException.class, () -> Explanations.read(json(
                translated(translatedNote), "")));
        Explanations current = Explanations.read(json(translated(translatedNote.replace("[\"wales\", \"england\"]",
                "[\"england\", \"wales\"]")), note + "}], "));

        assertThat(missing.getMessage(), allOf(containsString("Albanian has no translation of the English note on "
                + "'sharing'"), containsString(TextFingerprint.of("A note."))));
        assertThat(extra.getMessage(), containsString("Albanian has a note on 'sharing' for [wales, england] that "
                + "English does not have"));
        assertThat(current.forLanguage(Optional.of("sq")).explanation().shownText(ExplanationTopic.SHARING,
                Optional.of(Nation.WALES)), equalTo("sharing Nj\u00eb sh\u00ebnim."));
    }

    /** A check of words that have changed since is no check of the words shown (the admin guide's translations). */
    @Test
    public void reviewed_shouldNotCountACheckMadeBeforeTheWordsLastChanged() {
        Explanation albanian = language("sq", "Albanian");
        Explanation changed = new Explanation("sq", "Albanian", List.of(), null, LocalDate.of(2026, 12, 1),
                albanian.title(), albanian.texts(), List.of(), albanian.lines());

        Explanation before = changed.withReview(new Explanation.Review("Arta", LocalDate.of(2026, 11, 30)));
        Explanation sameDay = changed.withReview(new Explanation.Review("Arta", LocalDate.of(2026, 12, 1)));

        assertThat(before.reviewed(), is(false));
        assertThat(before.checkedBeforeTheyChanged(), is(true));
        assertThat(sameDay.reviewed(), is(true));
        assertThat(sameDay.checkedBeforeTheyChanged(), is(false));
        assertThat(albanian.withReview(new Explanation.Review("Arta", LocalDate.of(2020, 1, 1))).reviewed(), is(true));
    }

    /** English is the original: no warning over it, and nothing for a fluent speaker to check. */
    @Test
    public void unchecked_shouldWarnOverATranslationNobodyCheckedButNeverOverTheEnglish() {
        Explanation albanian = language("sq", "Albanian");
        Explanation english = language("en", "English");

        assertThat(albanian.unchecked(), is(true));
        assertThat(albanian.withReview(new Explanation.Review("Arta", LocalDate.of(2026, 12, 1))).unchecked(),
                is(false));
        assertThat(english.translation(), is(false));
        assertThat(english.unchecked(), is(false));
    }

    @Test
    public void read_shouldKeepTheDayTheWordsLastChangedAndRefuseWordsChangedWithoutIt() throws Exception {
        String when = "\"changed\": {\"on\": \"2026-12-01\", \"words\": \"" + TextFingerprint.of(words()) + "\"}, ";
        Explanations read = Explanations.read(json(translated(when), ""));
        String stale = when.replace(TextFingerprint.of(words()), TextFingerprint.of("older words"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Explanations.read(json(
                translated(stale), "")));

        assertThat(read.forLanguage(Optional.of("sq")).explanation().changed(), is(LocalDate.of(2026, 12, 1)));
        assertThat(refused.getMessage(), allOf(containsString("Albanian: its words have changed since 2026-12-01"),
                containsString("\"words\": \"" + TextFingerprint.of(words()) + "\"")));
    }

    @Test
    public void shipped_shouldSayWhenEachLanguagesWordsLastChanged() {
        Explanations.shipped().languages().forEach(language -> assertThat(language.name(), language.changed(),
                is(notNullValue())));
    }

    /**
     * §14.6: the Home Office's name in Arabic and Albanian always says "(Home Office)", since "Ministry of the Interior"
     * may be heard as the security police; Vietnamese says "giới thiệu (chuyển hồ sơ)" for a referral, never
     * "chuyển tuyến", which reads as a medical transfer.
     */
    @Test
    public void shipped_shouldNameTheHomeOfficeAndAReferralSoTheyCannotBeMisheard() {
        Map<String, String> words = Explanations.shipped().languages().stream().collect(Collectors.toMap(
                Explanation::tag, language -> String.join("\n", language.texts().values())
                        + language.notes().stream().map(Explanation.NationNote::text).collect(Collectors.joining())));

        assertThat(words.get("ar").split("وزارة الداخلية", -1).length - 1,
                is(words.get("ar").split("وزارة الداخلية \\(Home Office\\)", -1).length - 1));
        assertThat(words.get("sq").split("Ministria e Brendshme", -1).length - 1,
                is(words.get("sq").split("Ministria e Brendshme \\(Home Office\\)", -1).length - 1));
        assertThat(words.get("vi"), not(containsString("chuyển tuyến")));
        assertThat(words.get("vi"), containsString("giới thiệu (chuyển hồ sơ)"));
    }

    /**
     * Every language has every printed line: the poster's danger line says 999, the handout's lines give no number of
     * their own (the page puts the organisation's after them); a language without a line is refused.
     */
    @Test
    public void shipped_shouldGiveEveryLanguageEveryPrintedLine() throws Exception {
        for (Explanation language : Explanations.shipped().languages()) {
            assertThat(language.tag(), language.lines().keySet(), is(EnumSet.allOf(PrintedLine.class)));
            assertThat(language.tag(), numbers(language.lines().get(PrintedLine.DANGER)), is(List.of("999")));
            assertThat(language.tag(), numbers(language.lines().get(PrintedLine.CALL_US)), is(List.of()));
            assertThat(language.tag(), numbers(language.lines().get(PrintedLine.KEEP_SAFE)), is(List.of()));
        }
        String file = new String(json(translated(""), "").readAllBytes(), StandardCharsets.UTF_8);
        String withoutAlbaniansFirstLine = file.substring(0, file.lastIndexOf("\"lines\"")) + file.substring(
                file.lastIndexOf("\"lines\"")).replace("\"what\": \"what\", ", "");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Explanations.read(
                new ByteArrayInputStream(withoutAlbaniansFirstLine.getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.getMessage(), is("Albanian leaves out a printed line; every language has what, help, "
                + "danger, call-us, keep-safe"));
    }

    /** A translation of a handout line whose English has changed since is refused, naming what to record. */
    @Test
    public void read_shouldRefuseAHandoutLineTranslatedFromOlderEnglish() {
        String stale = "\"lines.keep-safe\": \"" + TextFingerprint.of("keep-safe") + "\"";
        InputStream file = json(translated("").replace(stale, "\"lines.keep-safe\": \"00000000\""), "");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Explanations.read(file));

        assertThat(refused.getMessage(), is("Albanian: the printed line 'keep-safe' was translated from an older "
                + "English text; translate the English again and record translatedFrom \""
                + TextFingerprint.of("keep-safe") + "\""));
    }

    /** The words of a language {@link #json} writes: title, then each topic and each printed line, a line each. */
    private static String words() {
        return "t" + Arrays.stream(ExplanationTopic.values()).map(topic -> "\n" + topic.id())
                .collect(Collectors.joining()) + Arrays.stream(PrintedLine.values()).map(line -> "\n" + line.id())
                .collect(Collectors.joining());
    }

    /** An Albanian translation, current with the English of {@link #json}, with these fields before its own. */
    private static String translated(String fields) {
        return "{\"tag\": \"sq\", \"name\": \"Albanian\", " + fields + "\"translatedFrom\": {" + fingerprints()
                + "}";
    }

    /** A file with English and one more language, each given as the JSON of its fields before "texts". */
    private static InputStream json(String otherLanguage) {
        return json(translated("").replace("{\"tag\": \"sq\", \"name\": \"Albanian\", ", otherLanguage + ", "),
                "");
    }

    private static InputStream json(String otherLanguage, String englishFields) {
        String texts = "\"texts\": {" + Arrays.stream(ExplanationTopic.values())
                .map(topic -> "\"" + topic.id() + "\": \"" + topic.id() + "\"").collect(Collectors.joining(", "))
                + "}, \"lines\": {" + Arrays.stream(PrintedLine.values())
                .map(line -> "\"" + line.id() + "\": \"" + line.id() + "\"").collect(Collectors.joining(", ")) + "}";
        String file = "{\"languages\": [{\"tag\": \"en\", \"name\": \"English\", " + englishFields
                + "\"title\": \"t\", " + texts + "}, " + otherLanguage + ", \"title\": \"t\", " + texts + "}]}";
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprints of the English title and texts {@link #json} writes, as a translation records them. */
    private static String fingerprints() {
        return "\"title\": \"" + TextFingerprint.of("t") + "\", " + Arrays.stream(ExplanationTopic.values())
                .map(topic -> "\"" + topic.id() + "\": \"" + TextFingerprint.of(topic.id()) + "\"")
                .collect(Collectors.joining(", ")) + ", " + Arrays.stream(PrintedLine.values())
                .map(line -> "\"lines." + line.id() + "\": \"" + TextFingerprint.of(line.id()) + "\"")
                .collect(Collectors.joining(", "));
    }

    /** The numbers in a text, in order: phone numbers, days, ages. */
    private static List<String> numbers(String text) {
        return Pattern.compile("\\d+").matcher(text.replace("08000 121 700", "08000121700")).results()
                .map(MatchResult::group).toList();
    }

    private static Explanation language(String tag, String name) {
        Map<ExplanationTopic, String> texts = new EnumMap<>(ExplanationTopic.class);
        for (ExplanationTopic topic : ExplanationTopic.values()) {
            texts.put(topic, name + " " + topic.id());
        }
        return new Explanation(tag, name, List.of(), null, null, name + " title", texts, List.of(), Map.of());
    }
}
