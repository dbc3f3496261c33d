package org.safeguarding.jira.cases;

import java.util.List;
import org.safeguarding.screening.Identified;

/**
 * One Jira custom field of a safeguarding case: a stable key (never changes once shipped; Jira's own field id is
 * recorded against it at set-up), its standard Jira type, the options it offers, and the tab it is shown on.
 *
 * @param key     stable key, such as "age-group" or "question.documents-held"
 * @param kind    the Jira field type
 * @param options the values a worker can choose, in order; empty for text and date fields
 * @param tab     where the field appears on the Safeguarding concern screens
 * @param descriptionKey the i18n key of the help text Jira shows under the field
 */
public record CaseField(String key, FieldKind kind, List<? extends Identified> options, ScreenTab tab,
                        String descriptionKey) {
    public CaseField {
        options = List.copyOf(options);
        if (kind.hasOptions() == options.isEmpty()) {
            throw new IllegalArgumentException(key + ": a " + kind + " field " + (kind.hasOptions() ? "needs" : "takes no")
                    + " options");
        }
    }

    CaseField(String key, FieldKind kind, List<? extends Identified> options, ScreenTab tab) {
        this(key, kind, options, tab, "safeguarding.field." + key + ".description");
    }

    public String nameKey() {
        return "safeguarding.field." + key + ".name";
    }
}
