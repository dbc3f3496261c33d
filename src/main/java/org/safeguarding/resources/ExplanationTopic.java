package org.safeguarding.resources;

import org.safeguarding.screening.Identified;

/** What a worker explains to the person, in the order it makes sense to them (domain reference §10, block 6). */
public enum ExplanationTopic implements Identified {
    MODERN_SLAVERY("modern-slavery"),
    REFERRAL("referral"),
    WHAT_HAPPENS_NEXT("what-happens-next"),
    SUPPORT("support"),
    SHARING("sharing"),
    RIGHTS("rights");

    private final String id;
    private final String labelKey;

    ExplanationTopic(String id) {
        this.id = id;
        this.labelKey = "safeguarding.explanation." + id;
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
