package org.safeguarding.jira.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The recorded values of one case, by field key: option values as their stable ids, text, dates. Jira answers from
 * the custom fields; the tests and the preview host answer from memory.
 */
public interface CaseValues {
    /** The chosen option's value id of a single-choice field. */
    Optional<String> option(String fieldKey);

    /** The chosen options' value ids of a multiple-choice field, in Jira's order. */
    List<String> options(String fieldKey);

    Optional<String> text(String fieldKey);

    Optional<LocalDate> date(String fieldKey);

    Optional<LocalDateTime> dateTime(String fieldKey);
}
