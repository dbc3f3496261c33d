package org.safeguarding.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text cut into the phone numbers in it and the words around them, so that a page can keep each number on one line
 * (a number split over two lines is a number misdialled) without changing a character of it: copied, it dials.
 */
public final class NumberRuns {
    /**
     * A phone number as people write it: digits, with single spaces between groups (no-break spaces, once
     * {@link LeftToRightRuns} has kept it in order in a right-to-left text), optionally a leading +.
     */
    static final Pattern NUMBER = Pattern.compile("\\+?[0-9]+(?:[ \u00a0][0-9]+)*");

    /** A stretch of the text, which is a number or is not. */
    public record Run(String text, boolean number) {
    }

    private NumberRuns() {
    }

    public static List<Run> split(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        int from = 0;
        while (number.find()) {
            if (number.start() > from) {
                runs.add(new Run(text.substring(from, number.start()), false));
            }
            runs.add(new Run(number.group(), true));
            from = number.end();
        }
        if (from < text.length()) {
            runs.add(new Run(text.substring(from), false));
        }
        return runs;
    }
}
