package org.safeguarding.resources;

import org.safeguarding.screening.Identified;

/** What a service is for, in the order the panel shows them: the most urgent first. */
public enum ResourceCategory implements Identified {
    EMERGENCY("emergency"),
    ADVICE_AND_REPORTING("advice-and-reporting"),
    ADULT_SUPPORT("adult-support"),
    CHILD_SUPPORT("child-support"),
    ANONYMOUS_REPORTING("anonymous-reporting"),
    OTHER_HELP("other-help");

    private final String id;
    private final String labelKey;

    ResourceCategory(String id) {
        this.id = id;
        this.labelKey = "safeguarding.resource.category." + id;
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
