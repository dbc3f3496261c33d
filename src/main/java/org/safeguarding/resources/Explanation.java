package org.safeguarding.resources;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Nation;

/**
 * The explanations in one language.
 *
 * @param tag        the language's tag (BCP 47), for the page's lang attribute so screen readers pronounce it right
 * @param name       the language's English name, as workers record it on the case
 * @param otherNames other names workers use for it ("Mandarin" for Chinese)
 * @param review     who last checked this translation, fluent in the language, and when; null until someone has
 * @param changed    the day its words last changed, so a check made before then no longer counts; null if unknown
 * @param title      the heading of the handout the person takes away
 * @param texts      one text per topic
 * @param notes      sentences that hold only in some nations, each added to its topic for a case there (or whose
 *                   nation is not recorded); the file's every translation has each English note
 * @param lines      the short lines of the poster, the card and the handout, one per {@link PrintedLine}
 */
public record Explanation(String tag, String name, List<String> otherNames, Review review, LocalDate changed,
                          String title, Map<ExplanationTopic, String> texts, List<NationNote> notes,
                          Map<PrintedLine, String> lines) {
    /** Languages written right to left, by their primary subtag. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ps", "ur");

    public Explanation {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        texts = Map.copyOf(texts);
        notes = notes == null ? List.of() : List.copyOf(notes);
        lines = lines == null ? Map.of() : Map.copyOf(lines);
    }

    /** A sentence for one topic that holds only in these nations: the Duty to Notify binds in England and Wales. */
    public record NationNote(Set<Nation> nations, ExplanationTopic topic, String text) {
        public NationNote {
            nations = Set.copyOf(nations);
        }
    }

    /** A fluent speaker's check of a translation. */
    public record Review(String by, LocalDate on) {
        public Review {
            if (!InputRules.hasVisibleText(by) || on == null) {
                throw new IllegalArgumentException("a review names who checked the translation and when");
            }
        }
    }

    public Explanation withReview(Review newReview) {
        return new Explanation(tag, name, otherNames, newReview, changed, title, texts, notes, lines);
    }

    /** Whether a fluent speaker has checked these words: a check made before they last changed does not count. */
    public boolean reviewed() {
        return review != null && !checkedBeforeTheyChanged();
    }

    /** Whether these words are a translation, for a fluent speaker to check; English is the original they come from. */
    public boolean translation() {
        return !Explanations.ENGLISH.equals(tag);
    }

    /** Whether to warn workers: a translation that no fluent speaker has checked since it last changed. */
    public boolean unchecked() {
        return translation() && !reviewed();
    }

    /** Whether the last check was of words that have changed since: the translation needs checking again. */
    public boolean checkedBeforeTheyChanged() {
        return review != null && changed != null && review.on().isBefore(changed);
    }

    /** The text direction, for the dir attribute: "rtl" for Arabic and the like, else "ltr". */
    public String direction() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /**
     * One topic's text as it is shown and printed for a case in this nation, with the notes that hold there (all of
     * them while the nation is not recorded): in a right-to-left language its numbers and English names are isolated
     * so they read in the order people dial and write them ({@link LeftToRightRuns}); left-to-right text is left as
     * written, so a number copied from it carries no invisible marks.
     */
    public String shownText(ExplanationTopic topic, Optional<Nation> nation) {
        StringBuilder text = new StringBuilder(texts.get(topic));
        notes.stream().filter(note -> note.topic() == topic
                        && nation.map(note.nations()::contains).orElse(true))
                .forEach(note -> text.append(' ').append(note.text()));
        return rightToLeft() ? LeftToRightRuns.isolate(text.toString()) : text.toString();
    }

    /** A printed line, isolated in a right-to-left language as {@link #shownText} is. */
    public String line(PrintedLine line) {
        String text = lines.getOrDefault(line, "");
        return rightToLeft() ? LeftToRightRuns.isolate(text) : text;
    }

    private boolean rightToLeft() {
        return RIGHT_TO_LEFT.contains(tag.split("-")[0]);
    }

    /** Every name a worker may record the language by: its tag, its English name and its other names. */
    public List<String> names() {
        return Stream.concat(Stream.of(tag, name), otherNames.stream()).toList();
    }

    boolean isCalled(String wanted) {
        return names().stream().anyMatch(wanted::equalsIgnoreCase);
    }
}
