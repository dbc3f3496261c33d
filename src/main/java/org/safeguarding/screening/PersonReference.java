package org.safeguarding.screening;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organisation's own number for the person (a guest, client or case number from the system it already uses), so
 * a second concern about the same person can be found without writing their name anywhere. A reference has a digit
 * in it: a name never does, and a reference that looks like a name is refused. Two references are the same person
 * when they match ignoring case and spaces: "g 1023" and "G1023" are one guest.
 */
public final class PersonReference {
    /** Longer than any guest or client number; short enough to read in a list. */
    public static final int MAX_LENGTH = 40;
    /** Letters and digits of any script, with the separators numbers are written with. */
    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N} ./_-]*[\\p{L}\\p{N}])?");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern SPACES = Pattern.compile(" +");

    /** What is wrong with a reference, in the order they are checked. */
    public enum Problem {
        TOO_LONG, CHARACTERS, NO_DIGIT
    }

    private PersonReference() {
    }

    /** What is wrong with a reference as typed (spaces at either end aside), or nothing. */
    public static Optional<Problem> problem(String typed) {
        String reference = typed.strip();
        if (reference.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (!FORM.matcher(reference).matches()) {
            return Optional.of(Problem.CHARACTERS);
        }
        return DIGIT.matcher(reference).find() ? Optional.empty() : Optional.of(Problem.NO_DIGIT);
    }

    /** The form two references are compared in: without spaces, in capitals. */
    public static String matchKey(String reference) {
        return SPACES.matcher(reference.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
