package org.safeguarding.screening;

import java.time.LocalDateTime;
import java.util.stream.Stream;

/**
 * What police need if the person goes missing (the leaflet: "height, nationality, distinguishing features that
 * can be given to police if they go missing"), with the last sighting. Empty strings are treated as not recorded.
 */
public record PoliceDescription(String height, String build, String nationality, String distinguishingFeatures,
                                String languagesSpoken, String lastSeenWhere, LocalDateTime lastSeenWhen,
                                String lastSeenWearing) {

    public static final PoliceDescription NONE = new PoliceDescription(null, null, null, null, null, null, null, null);

    /** Whether enough is recorded for police to look for the person: some physical detail and their nationality. */
    public boolean isUsable() {
        boolean physical = Stream.of(height, build, distinguishingFeatures).anyMatch(PoliceDescription::present);
        return physical && present(nationality);
    }

    public boolean isEmpty() {
        return lastSeenWhen == null && Stream.of(height, build, nationality, distinguishingFeatures, languagesSpoken,
                lastSeenWhere, lastSeenWearing).noneMatch(PoliceDescription::present);
    }

    private static boolean present(String value) {
        return InputRules.hasVisibleText(value);
    }
}
