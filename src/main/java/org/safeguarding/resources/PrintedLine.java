package org.safeguarding.resources;

import org.safeguarding.screening.Identified;

/**
 * The short lines of what is printed for people, in the order they read. The poster and card for waiting areas: what
 * modern slavery is, to the reader; that help is free and confidential, before the helpline's number; and 999 first
 * for someone in danger now. The handout the person takes away: how to reach the organisation again, before its
 * number; and keeping the page safe, or leaving it behind when carrying it would be the danger.
 */
public enum PrintedLine implements Identified {
    WHAT("what"),
    HELP("help"),
    DANGER("danger"),
    CALL_US("call-us"),
    KEEP_SAFE("keep-safe");

    private final String id;
    private final String labelKey;

    PrintedLine(String id) {
        this.id = id;
        this.labelKey = "safeguarding.printed.line." + id;
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
