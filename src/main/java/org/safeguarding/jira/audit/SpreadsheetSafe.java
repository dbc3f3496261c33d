package org.safeguarding.jira.audit;

import java.util.Arrays;

/**
 * Cells for a CSV that people open in a spreadsheet: a value starting with =, +, -, @, a tab or a carriage return
 * would be run as a formula (CSV injection, OWASP), so it gets a leading apostrophe and is read as text. Names and
 * case keys come from users, so every cell goes through this.
 */
final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    static Object[] cells(String... values) {
        return Arrays.stream(values).map(SpreadsheetSafe::cell).toArray();
    }

    static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
