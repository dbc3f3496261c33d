package org.safeguarding.jira.connections;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A marker on two or more cases: its fingerprint, its kind's id, on how many cases, and the number of its newest
 * recording. Kept as markers are recorded and removed, so the Connections page lists the shared ones newest first
 * a page at a time without reading the markers that are on one case only.
 */
@Table("SharedMarker")
public interface SharedMarkerEntity extends Entity {
    /** Indexed: found by it when a marker with it is recorded or removed. */
    @NotNull
    @Indexed
    String getMatchKey();

    void setMatchKey(String matchKey);

    @NotNull
    String getKind();

    void setKind(String kindId);

    @NotNull
    int getCases();

    void setCases(int cases);

    /** Indexed: the page's order, and where its next page starts. */
    @NotNull
    @Indexed
    long getLatest();

    void setLatest(long markerId);
}
