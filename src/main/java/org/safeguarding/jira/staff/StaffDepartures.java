package org.safeguarding.jira.staff;

import java.time.LocalDate;
import java.util.Map;

/** The day each former member of staff with records was first seen gone from the staff group, by user key. */
public interface StaffDepartures {
    Map<String, LocalDate> read();

    /** Replaces what is kept: those back on the staff, or whose records went, are left out. */
    void save(Map<String, LocalDate> leftOn);
}
