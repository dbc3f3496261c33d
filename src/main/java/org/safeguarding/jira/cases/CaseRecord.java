package org.safeguarding.jira.cases;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.screening.Identified;

/**
 * Everything recorded on one case, in words, for a subject-access request: the summary and description, every field
 * that has a value, tab by tab, each option in its plain-English label, and the comments people wrote on it.
 */
public record CaseRecord(String key, String summary, String description, CaseValues values, List<Note> notes) {
    public CaseRecord {
        notes = List.copyOf(notes);
    }

    /** A comment on the case: who wrote it, when, and what it says. */
    public record Note(String author, LocalDateTime written, String text) {
    }

    /** One recorded value: the tab it is on, the field's name, and the value in words. */
    public record Row(String tab, String field, String value) {
    }

    public List<Row> rows(Texts texts) {
        List<Row> rows = new ArrayList<>();
        for (CaseField field : CaseFields.ALL) {
            valueOf(field, texts).ifPresent(value -> rows.add(new Row(texts.text(field.tab().labelKey()),
                    texts.text(field.nameKey()), value)));
        }
        return rows;
    }

    private Optional<String> valueOf(CaseField field, Texts texts) {
        return switch (field.kind()) {
            case SELECT -> values.option(field.key()).map(id -> label(field, id, texts));
            case CHECKBOXES, MULTI_SELECT -> Optional.of(values.options(field.key()).stream()
                    .map(id -> label(field, id, texts)).collect(Collectors.joining("; ")))
                    .filter(joined -> !joined.isEmpty());
            case TEXT, TEXTAREA -> values.text(field.key()).filter(text -> !text.isBlank());
            case DATE -> values.date(field.key()).map(UkDates::day);
            case DATE_TIME -> values.dateTime(field.key()).map(UkDates::dayAndTime);
            case RISK -> Optional.empty();
        };
    }

    private static String label(CaseField field, String id, Texts texts) {
        return field.options().stream().filter(option -> option.id().equals(id)).findFirst()
                .map(Identified::labelKey).map(texts::text).orElse(id);
    }
}
