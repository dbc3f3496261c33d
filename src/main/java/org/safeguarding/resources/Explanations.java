package org.safeguarding.resources;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;

/**
 * The plain-language explanations the app ships ({@code directory/explanations.json}), and the one to use for a
 * person: in the language recorded on their case when there is one, otherwise English, saying so.
 */
public final class Explanations {
    static final String RESOURCE = "/directory/explanations.json";
    static final String ENGLISH = "en";

    private final List<Explanation> languages;

    Explanations(List<Explanation> languages) {
        this.languages = List.copyOf(languages);
        if (languages.stream().noneMatch(language -> ENGLISH.equals(language.tag()))) {
            throw new IllegalStateException("the explanations need English, to fall back on");
        }
    }

    /** What to show, and whether it is in the person's own language. */
    public record Choice(Explanation explanation, boolean inTheirLanguage) {
    }

    /** @param recorded the language recorded on the case, by name ("Albanian"), other name or tag; empty if none */
    public Choice forLanguage(Optional<String> recorded) {
        Optional<Explanation> theirs = recorded.map(String::trim)
                .flatMap(wanted -> languages.stream().filter(language -> language.isCalled(wanted)).findFirst());
        return theirs.map(explanation -> new Choice(explanation, true)).orElseGet(() -> new Choice(english(), false));
    }

    /** The same explanations with these reviews (by language tag) recorded; a language without one keeps its own. */
    public Explanations withReviews(Map<String, Explanation.Review> reviews) {
        return new Explanations(languages.stream().map(language -> reviews.containsKey(language.tag())
                ? language.withReview(reviews.get(language.tag())) : language).toList());
    }

    public List<Explanation> languages() {
        return languages;
    }

    /** The English explanations: the fallback, and what the worker reads beside a translation. */
    public Explanation english() {
        return languages.stream().filter(language -> ENGLISH.equals(language.tag())).findFirst().orElseThrow();
    }

    /** @throws IllegalStateException when the file is missing, names an unknown topic, or leaves a topic out */
    public static Explanations shipped() {
        return of(ShippedJson.read(RESOURCE, FileJson.class));
    }

    static Explanations read(InputStream in) throws IOException {
        return of(ShippedJson.read(in, FileJson.class));
    }

    private static Explanations of(FileJson file) {
        List<Explanation> languages = file.languages.stream().map(LanguageJson::toExplanation).toList();
        file.languages.stream().filter(language -> ENGLISH.equals(language.tag)).findFirst().ifPresent(english ->
                file.languages.stream().filter(language -> language != english)
                        .forEach(translation -> translation.requireTranslates(english)));
        return new Explanations(languages);
    }

    /** The file: what it is, and its languages. */
    private static final class FileJson {
        @JsonProperty
        String about;
        @JsonProperty
        List<LanguageJson> languages = List.of();
    }

    /** One language as the file spells it. */
    private static final class LanguageJson {
        @JsonProperty
        String tag;
        @JsonProperty
        String name;
        @JsonProperty
        List<String> otherNames = List.of();
        @JsonProperty
        ReviewJson review;
        @JsonProperty
        String title;
        @JsonProperty
        Map<String, String> texts = Map.of();
        @JsonProperty
        List<NoteJson> nationNotes = List.of();
        /** The day its words last changed, with their fingerprint so that a change of words without it is refused. */
        @JsonProperty
        ChangedJson changed;
        /** The printed lines, by {@link PrintedLine} id. */
        @JsonProperty
        Map<String, String> lines = Map.of();
        /** The fingerprint of the English each text translates, by "title", topic and "lines." with each line. */
        @JsonProperty
        Map<String, String> translatedFrom = Map.of();

        Explanation toExplanation() {
            Map<ExplanationTopic, String> byTopic = new EnumMap<>(ExplanationTopic.class);
            texts.forEach((topic, text) -> byTopic.put(Identified.byId(ExplanationTopic.class, topic).orElseThrow(
                    () -> new IllegalStateException(name + " explains an unknown topic '" + topic + "'")), text));
            if (byTopic.size() != ExplanationTopic.values().length) {
                throw new IllegalStateException(name + " leaves out a topic; every language explains "
                        + Identified.ids(ExplanationTopic.class));
            }
            Map<PrintedLine, String> byLine = new EnumMap<>(PrintedLine.class);
            lines.forEach((line, text) -> byLine.put(Identified.byId(PrintedLine.class, line).orElseThrow(
                    () -> new IllegalStateException(name + " has an unknown printed line '" + line + "'")), text));
            if (byLine.size() != PrintedLine.values().length) {
                throw new IllegalStateException(name + " leaves out a printed line; every language has "
                        + Identified.ids(PrintedLine.class));
            }
            try {
                List<Explanation.NationNote> notes = nationNotes.stream().map(note -> note.toNote(name)).toList();
                return new Explanation(tag, name, otherNames, review == null ? null : review.toReview(),
                        changed == null ? null : changed.on(byTopic, notes, byLine, title, name), title, byTopic, notes,
                        byLine);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException(name + ": " + e.getMessage(), e);
            }
        }

        /**
         * Refuses a translation of an English text that has changed since, or of a note it lacks: the person would
         * be told what the English no longer says, or not told what it does.
         */
        void requireTranslates(LanguageJson english) {
            requireTranslates("title", english.title, translatedFrom.get("title"));
            english.texts.forEach((topic, text) -> requireTranslates("'" + topic + "'", text,
                    translatedFrom.get(topic)));
            english.lines.forEach((line, text) -> requireTranslates("the printed line '" + line + "'", text,
                    translatedFrom.get("lines." + line)));
            for (NoteJson englishNote : english.nationNotes) {
                NoteJson note = nationNotes.stream().filter(englishNote::sameWhereAndTopic).findFirst().orElseThrow(
                        () -> new IllegalStateException(name + " has no translation of the English note on '"
                                + englishNote.topic + "' for " + englishNote.nations + "; translate it and record "
                                + "translatedFrom \"" + TextFingerprint.of(englishNote.text) + "\""));
                requireTranslates("the note on '" + note.topic + "' for " + note.nations, englishNote.text,
                        note.translatedFrom);
            }
            nationNotes.stream().filter(note -> english.nationNotes.stream().noneMatch(note::sameWhereAndTopic))
                    .findFirst().ifPresent(note -> {
                        throw new IllegalStateException(name + " has a note on '" + note.topic + "' for "
                                + note.nations + " that English does not have");
                    });
        }

        private void requireTranslates(String what, String english, String recorded) {
            String current = TextFingerprint.of(String.valueOf(english));
            if (!current.equals(recorded)) {
                throw new IllegalStateException(name + ": " + what + " was translated from "
                        + (recorded == null ? "an English text it does not name" : "an older English text")
                        + "; translate the English again and record translatedFrom \"" + current + "\"");
            }
        }
    }

    /** A sentence that holds only in some nations, as the file spells it. */
    private static final class NoteJson {
        @JsonProperty
        List<String> nations = List.of();
        @JsonProperty
        String topic;
        @JsonProperty
        String text;
        /** In a translation: the fingerprint of the English note it translates. */
        @JsonProperty
        String translatedFrom;

        boolean sameWhereAndTopic(NoteJson other) {
            return Set.copyOf(nations).equals(Set.copyOf(other.nations)) && String.valueOf(topic).equals(other.topic);
        }

        Explanation.NationNote toNote(String language) {
            Set<Nation> where = EnumSet.noneOf(Nation.class);
            nations.forEach(id -> where.add(Identified.byId(Nation.class, id).orElseThrow(() ->
                    new IllegalStateException(language + " has a note for an unknown nation '" + id + "'"))));
            ExplanationTopic about = Identified.byId(ExplanationTopic.class, String.valueOf(topic)).orElseThrow(() ->
                    new IllegalStateException(language + " has a note on an unknown topic '" + topic + "'"));
            if (where.isEmpty() || text == null || text.isBlank()) {
                throw new IllegalStateException(language + " has a note without nations or text");
            }
            return new Explanation.NationNote(where, about, text);
        }
    }

    /**
     * The day a language's words last changed (year-month-day), and the fingerprint of those words (title, topics in
     * order, notes): words that no longer match it were changed without saying when, and are refused.
     */
    private static final class ChangedJson {
        @JsonProperty
        String on;
        @JsonProperty
        String words;

        LocalDate on(Map<ExplanationTopic, String> texts, List<Explanation.NationNote> notes,
                     Map<PrintedLine, String> lines, String title, String language) {
            String current = TextFingerprint.of(wordsOf(title, texts, notes, lines));
            if (!current.equals(words)) {
                throw new IllegalStateException(language + ": its words have changed since " + on + "; record the day "
                        + "they changed and \"words\": \"" + current + "\" under changed, so that a fluent "
                        + "speaker's earlier check no longer counts");
            }
            return LocalDate.parse(String.valueOf(on));
        }

        private static String wordsOf(String title, Map<ExplanationTopic, String> texts,
                                      List<Explanation.NationNote> notes, Map<PrintedLine, String> lines) {
            StringBuilder words = new StringBuilder(String.valueOf(title));
            new EnumMap<>(texts).values().forEach(text -> words.append('\n').append(text));
            notes.forEach(note -> words.append('\n').append(note.text()));
            new EnumMap<>(lines).values().forEach(line -> words.append('\n').append(line));
            return words.toString();
        }
    }

    /** Who checked a translation and when (year-month-day). */
    private static final class ReviewJson {
        @JsonProperty
        String by;
        @JsonProperty
        String on;

        Explanation.Review toReview() {
            return new Explanation.Review(by, on == null ? null : LocalDate.parse(on));
        }
    }
}
