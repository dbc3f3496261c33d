package org.safeguarding.resources;

import org.safeguarding.screening.Identified;

/**
 * The lines of the poster and card for waiting areas, in the order they read: what modern slavery is, to the reader;
 * that help is free and confidential, before the helpline's number; and 999 first for someone in danger now.
 */
public enum PosterLine implements Identified {
    WHAT("what"),
    HELP("help"),
    DANGER("danger");

    private final String id;

    PosterLine(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.poster.line." + id;
    }
}
