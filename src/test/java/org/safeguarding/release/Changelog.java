package org.safeguarding.release;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version's part of {@code CHANGELOG.md}, written in Keep a Changelog's form: a {@code ## [version] - date}
 * heading for each release and {@code ## [Unreleased]} for what is not released yet. A development build (a version
 * ending in {@code -SNAPSHOT}) takes the Unreleased part; a release must have its own part, dated, with words in it,
 * or there is no release.
 */
final class Changelog {
    static final String UNRELEASED = "Unreleased";
    private static final String SNAPSHOT = "-SNAPSHOT";
    private static final Pattern HEADING = Pattern.compile("^## \\[([^\\]]+)\\](?:\\s+-\\s+(\\S+))?\\s*$");
    /** Keep a Changelog ends with the versions' links, {@code [1.0.0]: https://…}: they belong to no version. */
    private static final Pattern LINK = Pattern.compile("^\\[[^\\]]+\\]:\\s");

    /** What a version's notes say, and the day it was released (none for a development build). */
    record Part(String version, Optional<LocalDate> released, String text) {
    }

    private Changelog() {
    }

    /** @throws IllegalArgumentException naming what to write in the changelog, when the version's part is unusable */
    static Part part(String changelog, String version) {
        boolean development = version.endsWith(SNAPSHOT);
        String wanted = development ? UNRELEASED : version;
        List<String> lines = null;
        String date = null;
        for (String line : changelog.split("\\R", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (lines != null && (line.startsWith("## ") || LINK.matcher(line).find())) {
                break;
            }
            if (heading.matches() && heading.group(1).equals(wanted)) {
                lines = new ArrayList<>();
                date = heading.group(2);
            } else if (lines != null) {
                lines.add(line);
            }
        }
        if (lines == null) {
            throw new IllegalArgumentException("CHANGELOG.md has no part for " + version + ": add a heading "
                    + (development ? "## [Unreleased]" : "## [" + version + "] - YYYY-MM-DD") + " with what changed");
        }
        String text = String.join("\n", lines).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("CHANGELOG.md says nothing under " + wanted
                    + ": write what changed for admins and what to do on upgrade");
        }
        return new Part(version, development ? Optional.empty() : Optional.of(released(version, date)), text);
    }

    private static LocalDate released(String version, String date) {
        if (date == null) {
            throw new IllegalArgumentException("CHANGELOG.md gives " + version + " no release day: write ## ["
                    + version + "] - YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("CHANGELOG.md gives " + version + " the release day '" + date
                    + "', which is not a date: write it as YYYY-MM-DD", e);
        }
    }
}
