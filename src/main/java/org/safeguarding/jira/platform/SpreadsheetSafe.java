package org.safeguarding.jira.platform;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Cells for a CSV that people open in a spreadsheet: a value starting with =, +, -, @, a tab or a carriage return
 * would be run as a formula (CSV injection, OWASP), so it gets a leading apostrophe and is read as text. Spreadsheets
 * skip leading spaces and line breaks before a formula too, so those are looked through. Names and case keys come
 * from users, so every cell goes through this.
 */
public final class SpreadsheetSafe {
    /** Spaces of every kind, no-break ones included, and line breaks. */
    private static final Pattern LEADING_SPACE = Pattern.compile("^[\\s\\p{Z}]+");

    private SpreadsheetSafe() {
    }

    public static Object[] cells(String... values) {
        return Arrays.stream(values).map(SpreadsheetSafe::cell).toArray();
    }

    public static String cell(String value) {
        String start = LEADING_SPACE.matcher(value).replaceFirst("");
        boolean formula = !value.isEmpty() && ("\t\r".indexOf(value.charAt(0)) >= 0
                || !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0);
        return formula ? "'" + value : value;
    }
}
