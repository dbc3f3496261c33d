package org.safeguarding.resources;

import java.util.regex.Matcher;

/**
 * Keeps numbers in their order inside right-to-left text. In an Arabic sentence the browser lays the groups of
 * "08000 121 700" out right to left, showing "700 121 08000": a person dialling what is printed calls a wrong
 * number. Wrapping each run of digits in Unicode's left-to-right isolate (U+2066 ... U+2069) keeps it in order, and
 * no-break spaces between its groups keep it on one line; these are plain characters, so they survive HTML
 * escaping.
 */
public final class LeftToRightRuns {
    static final char ISOLATE = '\u2066';
    static final char END_ISOLATE = '\u2069';
    static final char NO_BREAK_SPACE = '\u00a0';

    private LeftToRightRuns() {
    }

    public static String isolateNumbers(String text) {
        return NumberRuns.NUMBER.matcher(text).replaceAll(run -> Matcher.quoteReplacement(
                ISOLATE + run.group().replace(' ', NO_BREAK_SPACE) + END_ISOLATE));
    }
}
