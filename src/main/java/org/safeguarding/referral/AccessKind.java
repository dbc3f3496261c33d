package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/** What someone did with a safeguarding case, as the access log records it. */
public enum AccessKind implements Identified {
    VIEWED("viewed"),
    EXPORTED("exported"),
    /** Printed on paper from a page that was only viewed until then, such as the person's handout. */
    PRINTED("printed"),
    /** Changed outside the workflow (fields, comments, assignee, project) or deleted: the detail says how. */
    CHANGED("changed"),
    /** Moved on by a workflow transition: the detail is the transition's name, as the workflow gives it. */
    TRANSITIONED("transitioned"),
    /** Its personal details replaced by a safeguarding lead, who confirmed it. */
    ANONYMISED("anonymised");

    private final String id;
    private final String labelKey;

    AccessKind(String id) {
        this.id = id;
        this.labelKey = "safeguarding.access.kind." + id;
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
