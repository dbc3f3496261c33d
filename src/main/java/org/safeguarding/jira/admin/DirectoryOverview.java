package org.safeguarding.jira.admin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceRules;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;

/**
 * The directory and the explanations as the administration page lists them, so an admin can see what workers are
 * shown, where each number was checked and when, what is due for checking again, and which translations no fluent
 * speaker has checked. Plain strings and booleans, for Jira's Velocity allowlist.
 */
public final class DirectoryOverview {
    /** An entry checked longer ago than this is flagged: numbers change, so check each at least once a year. */
    static final int CHECK_AGAIN_AFTER_MONTHS = 12;

    private DirectoryOverview() {
    }

    public static List<Map<String, Object>> entries(DirectorySource source, Texts texts, LocalDate today) {
        return source.directory().entries().stream().filter(entry -> !entry.retired())
                .map(entry -> entry(entry, texts, today)).toList();
    }

    public static List<Map<String, Object>> languages(DirectorySource source, Texts texts) {
        // English is the original the translations come from: there is nothing in it for a fluent speaker to check.
        return source.explanations().languages().stream().filter(Explanation::translation)
                .map(language -> Map.<String, Object>of(
                        "name", language.name(), "tag", language.tag(), "reviewed", language.reviewed(),
                        "reviewedBy", language.reviewed() ? language.review().by() : "",
                        "reviewedOn", language.reviewed() ? UkDates.day(language.review().on()) : "",
                        "checkedBeforeChange", language.checkedBeforeTheyChanged() ? texts.text(
                                "safeguarding.admin.languages.checked-before-change", UkDates.day(language.changed()),
                                language.review().by(), UkDates.day(language.review().on())) : "")).toList();
    }

    /** Every value of an enum as a form offers it: its stable id and its label in the admin's language. */
    public static <E extends Enum<E> & Identified> List<Map<String, Object>> choices(Class<E> type, Texts texts) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> Map.<String, Object>of("id", value.id(), "label", texts.text(value.labelKey()))).toList();
    }

    private static Map<String, Object> entry(Resource entry, Texts texts, LocalDate today) {
        String nations = entry.nations().isEmpty() ? texts.text("safeguarding.admin.directory.whole-uk")
                : entry.nations().stream().sorted().map(Nation::labelKey).map(texts::text)
                        .collect(Collectors.joining(", "));
        return Map.of(
                "id", entry.id(),
                "name", entry.name(),
                "phone", entry.phone() == null ? "" : entry.phone(),
                "where", nations,
                "whom", texts.text(entry.audience().labelKey()),
                "checked", UkDates.day(entry.verifiedOn()),
                "due", !entry.verifiedOn().plusMonths(CHECK_AGAIN_AFTER_MONTHS).isAfter(today),
                "source", entry.source(),
                "sourceShown", ResourceRules.siteOf(entry.source()).orElse(entry.source()),
                "sourceLink", ResourceRules.linkable(entry.source()).orElse(""));
    }
}
