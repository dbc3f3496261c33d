package org.safeguarding.screening;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every reader of what people type applies alike: whether a text says anything a reader could see, what a
 * whole number is, and which days can have happened. One rule for each, so that a name, a plan or a reviewer cannot
 * pass one check as "written" and fail another.
 */
public final class InputRules {
    /** The earliest day a person can enter: a date of birth, a check, a review or a sighting. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    /** Nine digits: more than any count people enter, and always within an int. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    /** Letters Unicode counts as such that draw nothing: Hangul fillers and the blank braille pattern. */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0);

    /** A phone number as people dial it: digits with single spaces, an international number after one plus. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9](?: ?[0-9]){2,14}");

    private InputRules() {
    }

    /** Whether the text is a phone number as people dial it, such as {@code 08000 121 700}. */
    public static boolean isPhoneNumber(String text) {
        return text != null && PHONE.matcher(text).matches();
    }

    /**
     * Whether the text holds at least one character that draws something. Spaces of every kind (no-break spaces
     * included), zero-width and other format characters (the byte-order mark, joiners, direction marks), control
     * characters, marks with nothing to sit on and blank letters do not.
     */
    public static boolean hasVisibleText(String text) {
        return text != null && text.codePoints().anyMatch(InputRules::drawsSomething);
    }

    /**
     * Whether the text begins and ends with a character that draws something: a name copied with a space, a
     * no-break space or a byte-order mark at either end looks right and matches nothing.
     */
    public static boolean hasVisibleEnds(String text) {
        return hasVisibleText(text) && drawsSomething(text.codePointAt(0))
                && drawsSomething(text.codePointBefore(text.length()));
    }

    private static boolean drawsSomething(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE -> false;
            default -> !BLANK_LETTERS.contains(codePoint);
        };
    }

    /**
     * A whole number written with the digits 0 to 9 only, with spaces at either end allowed: Java would also read
     * Arabic-Indic or full-width digits, which an admin reviewing the value may not read as the same number.
     */
    public static OptionalInt wholeNumber(String digits) {
        if (digits == null) {
            return OptionalInt.empty();
        }
        String stripped = digits.strip();
        return WHOLE_NUMBER.matcher(stripped).matches() ? OptionalInt.of(Integer.parseInt(stripped))
                : OptionalInt.empty();
    }

    /** Whether the day can be one that has happened and that a person would record: from 1900 to today. */
    public static boolean isPastDay(LocalDate day, LocalDate today) {
        return !day.isBefore(EARLIEST_DAY) && !day.isAfter(today);
    }
}
