package org.safeguarding.jira.setup;

/**
 * The Jira field types a case uses: Jira's own standard types, each with its standard searcher, so JQL, filters,
 * dashboards and boards work on them as on any Jira field. Keys are Jira's system custom field type keys.
 */
public enum FieldKind {
    SELECT("select", "multiselectsearcher"),
    CHECKBOXES("multicheckboxes", "multiselectsearcher"),
    MULTI_SELECT("multiselect", "multiselectsearcher"),
    TEXT("textfield", "textsearcher"),
    TEXTAREA("textarea", "textsearcher"),
    DATE("datepicker", "daterange"),
    DATE_TIME("datetime", "datetimerange");

    private static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private final String type;
    private final String searcher;

    FieldKind(String type, String searcher) {
        this.type = type;
        this.searcher = searcher;
    }

    public String typeKey() {
        return SYSTEM + type;
    }

    public String searcherKey() {
        return SYSTEM + searcher;
    }

    /** Whether the field's values are options chosen from a list. */
    public boolean hasOptions() {
        return this == SELECT || this == CHECKBOXES || this == MULTI_SELECT;
    }
}
