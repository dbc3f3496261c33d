package org.safeguarding.jira.cases;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.safeguarding.jira.platform.UkClock;

/**
 * One issue's case values, read from the custom fields set-up recorded. Options are translated back to our ids
 * through the recorded option ids, so renaming an option in Jira changes nothing here.
 */
public final class JiraCaseValues implements CaseValues {
    private final Issue issue;
    private final SetupIds ids;
    private final CustomFieldManager customFieldManager;

    public JiraCaseValues(Issue issue, SetupIds ids, CustomFieldManager customFieldManager) {
        this.issue = issue;
        this.ids = ids;
        this.customFieldManager = customFieldManager;
    }

    @Override
    public Optional<String> option(String fieldKey) {
        return value(fieldKey).filter(Option.class::isInstance).map(Option.class::cast)
                .flatMap(option -> ids.valueOfOption(fieldKey, option.getOptionId()));
    }

    @Override
    public List<String> options(String fieldKey) {
        return value(fieldKey).filter(Collection.class::isInstance).map(value -> ((Collection<?>) value).stream()
                .filter(Option.class::isInstance)
                .map(option -> ids.valueOfOption(fieldKey, ((Option) option).getOptionId()))
                .flatMap(Optional::stream).toList()).orElse(List.of());
    }

    @Override
    public Optional<String> text(String fieldKey) {
        return value(fieldKey).filter(String.class::isInstance).map(String.class::cast);
    }

    @Override
    public Optional<LocalDate> date(String fieldKey) {
        return dateTime(fieldKey).map(LocalDateTime::toLocalDate);
    }

    @Override
    public Optional<LocalDateTime> dateTime(String fieldKey) {
        return value(fieldKey).filter(Date.class::isInstance).map(date -> local((Date) date));
    }

    /** A moment Jira keeps as a Date, as the server's local date and time: how the app shows every Jira time. */
    static LocalDateTime local(Date moment) {
        return LocalDateTime.ofInstant(moment.toInstant(), UkClock.ZONE);
    }

    private Optional<Object> value(String fieldKey) {
        return ids.field(fieldKey).map(customFieldManager::getCustomFieldObject)
                .map((CustomField field) -> issue.getCustomFieldValue(field));
    }
}
