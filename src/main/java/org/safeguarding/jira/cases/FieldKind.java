package org.safeguarding.jira.cases;

/**
 * The Jira field types a case uses: Jira's own standard types, each with its standard searcher, so JQL, filters,
 * dashboards and boards work on them as on any Jira field; and our calculated risk field.
 */
public enum FieldKind {
    SELECT(Keys.SYSTEM + "select", Keys.SYSTEM + "multiselectsearcher"),
    CHECKBOXES(Keys.SYSTEM + "multicheckboxes", Keys.SYSTEM + "multiselectsearcher"),
    MULTI_SELECT(Keys.SYSTEM + "multiselect", Keys.SYSTEM + "multiselectsearcher"),
    TEXT(Keys.SYSTEM + "textfield", Keys.SYSTEM + "textsearcher"),
    TEXTAREA(Keys.SYSTEM + "textarea", Keys.SYSTEM + "textsearcher"),
    DATE(Keys.SYSTEM + "datepicker", Keys.SYSTEM + "daterange"),
    DATE_TIME(Keys.SYSTEM + "datetime", Keys.SYSTEM + "datetimerange"),
    /** Our own calculated "Safeguarding risk" type and searcher (atlassian-plugin.xml). */
    RISK(Keys.PLUGIN + "safeguarding-risk", Keys.PLUGIN + "safeguarding-risk-searcher");

    private final String typeKey;
    private final String searcherKey;

    FieldKind(String typeKey, String searcherKey) {
        this.typeKey = typeKey;
        this.searcherKey = searcherKey;
    }

    public String typeKey() {
        return typeKey;
    }

    public String searcherKey() {
        return searcherKey;
    }

    /** Module keys are "plugin key:module key"; a nested class so the enum constants can use them. */
    private static final class Keys {
        static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";
        static final String PLUGIN = "org.safeguarding.safeguarding-for-jira:";
    }

    /** Whether the field holds words people typed (and so can hold the anonymised marker; a date cannot). */
    public boolean holdsText() {
        return this == TEXT || this == TEXTAREA;
    }

    /** Whether the field's values are options chosen from a list. */
    public boolean hasOptions() {
        return this == SELECT || this == CHECKBOXES || this == MULTI_SELECT;
    }
}
