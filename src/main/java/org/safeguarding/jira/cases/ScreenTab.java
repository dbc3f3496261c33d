package org.safeguarding.jira.cases;

import org.safeguarding.screening.Identified;

/** The tabs of the Safeguarding concern screens, in the order a worker fills them in. */
public enum ScreenTab implements Identified {
    CONCERN("concern"),
    SCREENING("screening"),
    PERSON("person"),
    CONSENT_AND_REFERRAL("consent-and-referral");

    private final String id;
    private final String labelKey;

    ScreenTab(String id) {
        this.id = id;
        this.labelKey = "safeguarding.tab." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
