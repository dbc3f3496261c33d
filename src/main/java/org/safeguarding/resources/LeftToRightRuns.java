package org.safeguarding.resources;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps numbers and English names in their order inside right-to-left text. In an Arabic sentence the browser lays
 * the groups of "08000 121 700" out right to left, showing "700 121 08000": a person dialling what is printed calls
 * a wrong number. An English name wrapped over two lines, "(Modern Slavery & Exploitation Helpline)", has its
 * ampersand and brackets placed by the Arabic around it and reads "Modern Slavery (&". Wrapping each run of digits,
 * and each run of Latin words, in Unicode's left-to-right isolate (U+2066 ... U+2069) keeps it in order while the
 * sentence's own brackets stay Arabic ones; no-break spaces between a number's groups keep it on one line. These are
 * plain characters, so they survive HTML escaping.
 */
public final class LeftToRightRuns {
    static final char ISOLATE = '\u2066';
    static final char END_ISOLATE = '\u2069';
    static final char NO_BREAK_SPACE = '\u00a0';

    private LeftToRightRuns() {
    }

    /** Latin words, with the spaces, ampersands, apostrophes, stops and hyphens between them: one English name. */
    private static final Pattern LATIN_WORDS = Pattern.compile(
            "[\\p{IsLatin}][\\p{IsLatin}\\p{M}]*(?:[ &'\u2019.\\-]+[\\p{IsLatin}][\\p{IsLatin}\\p{M}]*)*");

    /** Right-to-left text with its numbers and its English names each kept in order. */
    public static String isolate(String text) {
        return isolateNumbers(LATIN_WORDS.matcher(text).replaceAll(run -> Matcher.quoteReplacement(
                ISOLATE + run.group() + END_ISOLATE)));
    }

    static String isolateNumbers(String text) {
        return NumberRuns.NUMBER.matcher(text).replaceAll(run -> Matcher.quoteReplacement(
                ISOLATE + run.group().replace(' ', NO_BREAK_SPACE) + END_ISOLATE));
    }
}
