package org.safeguarding.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The signs a worker is offered to tick, and what each one stands for. Where the taxonomy says one thing in several
 * groups (§4.1, §4.2 and the ILO's §4.4 each say that someone else holds the person's documents), one sign is
 * offered, and it counts as every code its words imply; nothing is inferred that its words do not say. The codes
 * not offered stay valid everywhere else (existing cases, Jira's own screens, the REST API), and a case records only
 * what the worker ticked.
 */
public final class SignsOffered {
    /**
     * What a sign's words imply, beyond its own code. A code implies only codes whose words follow from its own:
     * "someone else keeps their passport or ID" is the ILO's retention of documents, and also "no control over
     * their passport or papers" and the first half of "someone else holds their passport or ID, or their documents
     * are false"; that last code implies nothing back, since its second half would not.
     */
    private static final Map<Indicator, Set<Indicator>> IMPLIES = Map.ofEntries(
            Map.entry(Indicator.ILO_RETENTION_OF_DOCUMENTS, Set.of(Indicator.LABOUR_NO_CONTROL_OF_DOCUMENTS,
                    Indicator.SITUATIONAL_DOCUMENTS_HELD)),
            Map.entry(Indicator.DOMESTIC_DOCUMENTS_HELD_BY_EMPLOYER, Set.of(Indicator.ILO_RETENTION_OF_DOCUMENTS,
                    Indicator.LABOUR_NO_CONTROL_OF_DOCUMENTS, Indicator.SITUATIONAL_DOCUMENTS_HELD)),
            Map.entry(Indicator.SITUATIONAL_FALSE_DOCUMENTS, Set.of(Indicator.SITUATIONAL_DOCUMENTS_HELD)),
            Map.entry(Indicator.LABOUR_HIGH_RISK_SECTOR, Set.of(Indicator.ENVIRONMENTAL_HIGH_RISK_WORKPLACE)),
            // Threats are the ILO's intimidation and threats; no contact, or not allowed to talk to others, its
            // isolation; very long hours, or on call day and night, its excessive overtime (§4.4).
            Map.entry(Indicator.SITUATIONAL_THREATS, Set.of(Indicator.ILO_INTIMIDATION_AND_THREATS)),
            Map.entry(Indicator.SITUATIONAL_LIMITED_CONTACT, Set.of(Indicator.ILO_ISOLATION)),
            Map.entry(Indicator.DOMESTIC_COMMUNICATION_RESTRICTED, Set.of(Indicator.ILO_ISOLATION)),
            Map.entry(Indicator.ENVIRONMENTAL_EXCESSIVE_HOURS, Set.of(Indicator.ILO_EXCESSIVE_OVERTIME)),
            Map.entry(Indicator.LABOUR_NO_CONTRACT, Set.of(Indicator.ILO_EXCESSIVE_OVERTIME)),
            Map.entry(Indicator.DOMESTIC_ALWAYS_ON_CALL, Set.of(Indicator.ILO_EXCESSIVE_OVERTIME)),
            // The signs of a kind that repeat a sign of any kind in narrower words.
            Map.entry(Indicator.SEXUAL_SLEEPS_AT_WORK, Set.of(Indicator.ENVIRONMENTAL_SLEEPS_AT_WORK)),
            Map.entry(Indicator.SEXUAL_OWNERSHIP_TATTOOS, Set.of(Indicator.PHYSICAL_OWNERSHIP_TATTOOS)),
            Map.entry(Indicator.DOMESTIC_MALNOURISHED, Set.of(Indicator.PHYSICAL_NEGLECTED)),
            Map.entry(Indicator.DOMESTIC_WORKS_IN_PRIVATE_HOME, Set.of(Indicator.ENVIRONMENTAL_LIVES_AT_WORK)));
    /** Each sign with what it implies, worked out once: every assessment asks it of every sign ticked. */
    private static final Map<Indicator, Set<Indicator>> STANDS_FOR = standsForEach();

    /** Codes said in the same words by a sign that is offered, so offering them too would ask twice. */
    private static final Set<Indicator> SAID_BY_ANOTHER = Set.of(Indicator.SITUATIONAL_DOCUMENTS_HELD,
            Indicator.LABOUR_NO_CONTROL_OF_DOCUMENTS, Indicator.ENVIRONMENTAL_HIGH_RISK_WORKPLACE);

    /** Offered among the signs of control rather than last among the ILO's: the most asked-about sign of all. */
    private static final Map<Indicator, IndicatorGroup> OFFERED_UNDER = Map.of(
            Indicator.ILO_RETENTION_OF_DOCUMENTS, IndicatorGroup.SITUATIONAL);

    /**
     * The kinds of exploitation, most often referred first: adults most often for labour exploitation, children for
     * criminal exploitation (Home Office statistics, §3 [S55][S56]); then sexual exploitation and domestic servitude.
     */
    private static final List<IndicatorGroup> KINDS_FOR_ADULTS = List.of(IndicatorGroup.LABOUR,
            IndicatorGroup.CRIMINAL, IndicatorGroup.SEXUAL, IndicatorGroup.DOMESTIC_SERVITUDE);
    private static final List<IndicatorGroup> KINDS_FOR_CHILDREN = List.of(IndicatorGroup.CRIMINAL,
            IndicatorGroup.LABOUR, IndicatorGroup.SEXUAL, IndicatorGroup.DOMESTIC_SERVITUDE);
    /** The signs of any kind come before the kinds; the rare and the analytical after them. */
    private static final List<IndicatorGroup> GENERAL = List.of(IndicatorGroup.PHYSICAL,
            IndicatorGroup.PSYCHOLOGICAL, IndicatorGroup.SITUATIONAL, IndicatorGroup.ENVIRONMENTAL);
    private static final List<IndicatorGroup> LAST = List.of(IndicatorGroup.ORGAN_REMOVAL,
            IndicatorGroup.ILO_FORCED_LABOUR);

    private SignsOffered() {
    }

    /** A ticked sign and every code its words imply. */
    public static Set<Indicator> standsFor(Indicator ticked) {
        return STANDS_FOR.get(ticked);
    }

    private static Map<Indicator, Set<Indicator>> standsForEach() {
        Map<Indicator, Set<Indicator>> each = new EnumMap<>(Indicator.class);
        for (Indicator sign : Indicator.values()) {
            Set<Indicator> implied = EnumSet.of(sign);
            implied.addAll(IMPLIES.getOrDefault(sign, Set.of()));
            each.put(sign, Collections.unmodifiableSet(implied));
        }
        return each;
    }

    /** The groups in the order they are offered to someone treated as a child, or not. */
    public static List<IndicatorGroup> groups(boolean child) {
        List<IndicatorGroup> groups = new ArrayList<>(GENERAL);
        groups.addAll(child ? KINDS_FOR_CHILDREN : KINDS_FOR_ADULTS);
        groups.addAll(LAST);
        return groups;
    }

    /** The signs offered under a group, those moved into it first. */
    public static List<Indicator> under(IndicatorGroup group) {
        Stream<Indicator> moved = OFFERED_UNDER.entrySet().stream().filter(entry -> entry.getValue() == group)
                .map(Map.Entry::getKey);
        Stream<Indicator> own = Arrays.stream(Indicator.values()).filter(sign -> sign.group() == group
                && !OFFERED_UNDER.containsKey(sign));
        return Stream.concat(moved, own).filter(sign -> !SAID_BY_ANOTHER.contains(sign)).toList();
    }
}
