package org.safeguarding.screening;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of exploitation the signs ticked point to, by the group each sign is listed under (labour, sexual,
 * criminal, domestic servitude, organ removal; the ILO's indicators of forced labour are labour's), for the lead to
 * confirm as types: a suggestion, never recorded for them. Signs of no particular kind suggest nothing.
 */
public final class TypeSuggestions {
    private TypeSuggestions() {
    }

    public static Set<ExploitationCategory> of(Set<Indicator> signs) {
        Set<ExploitationCategory> suggested = EnumSet.noneOf(ExploitationCategory.class);
        signs.forEach(sign -> category(sign.group()).ifPresent(suggested::add));
        return suggested;
    }

    private static Optional<ExploitationCategory> category(IndicatorGroup group) {
        return switch (group) {
            case LABOUR, ILO_FORCED_LABOUR -> Optional.of(ExploitationCategory.LABOUR);
            case SEXUAL -> Optional.of(ExploitationCategory.SEXUAL);
            case CRIMINAL -> Optional.of(ExploitationCategory.CRIMINAL);
            case DOMESTIC_SERVITUDE -> Optional.of(ExploitationCategory.DOMESTIC_SERVITUDE);
            case ORGAN_REMOVAL -> Optional.of(ExploitationCategory.OTHER);
            case PHYSICAL, PSYCHOLOGICAL, SITUATIONAL, ENVIRONMENTAL -> Optional.empty();
        };
    }
}
