package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/**
 * What a marker on a case is (issue 34): something that may tie the person's exploitation to other people's, recorded
 * by a lead so the same workplace, phone, vehicle, controller or website on another case can be noticed.
 */
public enum MarkerKind implements Identified {
    /** A workplace or an address, with its postcode where there is one. */
    PLACE("place"),
    PHONE("phone"),
    /** A vehicle's registration. */
    VEHICLE("vehicle"),
    /** A name or nickname someone controlling the person uses. */
    NAME("name"),
    /** A website or an online profile. */
    ONLINE("online");

    private final String id;
    private final String labelKey;

    MarkerKind(String id) {
        this.id = id;
        this.labelKey = "safeguarding.marker.kind." + id;
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
