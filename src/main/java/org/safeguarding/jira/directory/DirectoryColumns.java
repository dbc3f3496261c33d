package org.safeguarding.jira.directory;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.schema.StringLength;
import org.safeguarding.resources.Resource;

/**
 * How much each directory column holds, as Active Objects makes it: a String is {@code VARCHAR(255)} unless sized,
 * 767 characters with {@code @StringLength(MAX_LENGTH)}, unlimited (a CLOB) for the notes. A longer value is an
 * error on PostgreSQL, Oracle and SQL Server and silently cut on MySQL, so the REST reader refuses it with a message
 * and every store refuses it again before writing. Languages are kept one per line in one column: none may hold a
 * line break, and all of them together must fit.
 */
public final class DirectoryColumns {
    /** A plain String column: the entry's id (also in its history), name and phone, and a reviewer's name. */
    public static final int SHORT = 255;
    /** A String column sized to Active Objects' largest indexable length: address, source, the languages together. */
    public static final int LONG = StringLength.MAX_LENGTH;
    /** The notes are a CLOB; this bound keeps them readable. */
    public static final int NOTES = 5000;
    static final String LANGUAGE_SEPARATOR = "\n";

    private DirectoryColumns() {
    }

    /** The languages as their column holds them, one per line. */
    public static String joinedLanguages(List<String> languages) {
        return String.join(LANGUAGE_SEPARATOR, languages);
    }

    /** Whether a value holds a line break of any kind, which would split it into two languages when read. */
    public static boolean hasLineBreak(String value) {
        return value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /** @throws IllegalArgumentException naming each field of the entry that its column cannot hold */
    public static void requireFits(Resource entry) {
        List<String> overflowing = new ArrayList<>();
        check(overflowing, "id", entry.id(), SHORT);
        check(overflowing, "name", entry.name(), SHORT);
        check(overflowing, "phone", entry.phone(), SHORT);
        check(overflowing, "url", entry.url(), LONG);
        check(overflowing, "source", entry.source(), LONG);
        check(overflowing, "notes", entry.notes(), NOTES);
        check(overflowing, "languages", joinedLanguages(entry.languages()), LONG);
        if (entry.languages().stream().anyMatch(DirectoryColumns::hasLineBreak)) {
            overflowing.add("languages (a line break would split a language in two)");
        }
        if (!overflowing.isEmpty()) {
            throw new IllegalArgumentException("directory entry " + entry.id() + " does not fit its columns: "
                    + String.join(", ", overflowing));
        }
    }

    private static void check(List<String> overflowing, String field, String value, int length) {
        if (value != null && value.length() > length) {
            overflowing.add(field + " (" + value.length() + " characters, the column holds " + length + ")");
        }
    }
}
