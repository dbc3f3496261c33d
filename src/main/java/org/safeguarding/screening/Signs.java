package org.safeguarding.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signs of exploitation in a screening: indicators the worker ticked, indicators revealed by worrying answers,
 * the types of exploitation recorded, and worrying answers that stand on their own. Each sign keeps the recorded
 * answer it came from.
 */
final class Signs {
    /** Violence, sexual abuse, organ removal and being held: each alone makes a concern high risk ([S81], [S60]). */
    private static final Set<Indicator> SEVERE_INDICATORS = Set.of(Indicator.ILO_PHYSICAL_AND_SEXUAL_VIOLENCE,
            Indicator.PHYSICAL_ASSAULT_INJURIES, Indicator.PHYSICAL_SIGNS_OF_SEXUAL_ABUSE,
            Indicator.SEXUAL_PHYSICAL_ABUSE, Indicator.SEXUAL_FORCED_SEXUAL_SERVICES, Indicator.ORGAN_ORGANS_REMOVED);
    private static final Set<ExploitationType> SEVERE_TYPES = Set.of(ExploitationType.FORCED_PROSTITUTION,
            ExploitationType.CHILD_SEXUAL_EXPLOITATION, ExploitationType.HELD_AND_SEXUALLY_ASSAULTED,
            ExploitationType.ORGAN_REMOVAL);
    /** The kinds of exploitation with their own signs, by the category their recorded types count under. */
    private static final Map<ExploitationCategory, IndicatorGroup> KINDS = Map.of(
            ExploitationCategory.LABOUR, IndicatorGroup.LABOUR, ExploitationCategory.SEXUAL, IndicatorGroup.SEXUAL,
            ExploitationCategory.CRIMINAL, IndicatorGroup.CRIMINAL,
            ExploitationCategory.DOMESTIC_SERVITUDE, IndicatorGroup.DOMESTIC_SERVITUDE);
    private static final String INDICATORS_SEEN = "indicatorsSeen";
    private static final String EXPLOITATION_TYPES = "exploitationTypes";

    private final Map<Indicator, Trigger> indicators = new EnumMap<>(Indicator.class);
    private final Set<Trigger> all = new LinkedHashSet<>();
    private final Set<Trigger> severe = new LinkedHashSet<>();
    /** Per kind, each of its signs (an indicator or a type recorded) with the recorded answer it came from. */
    private final Map<IndicatorGroup, Map<Identified, Trigger>> byKind = new EnumMap<>(IndicatorGroup.class);

    Signs(Screening screening) {
        for (Indicator ticked : screening.indicatorsSeen()) {
            Trigger trigger = Trigger.of(INDICATORS_SEEN, ticked);
            SignsOffered.standsFor(ticked).forEach(indicator -> add(indicator, trigger));
        }
        for (Map.Entry<Question, Answer> entry : screening.answers().entrySet()) {
            Question question = entry.getKey();
            if (question.worryingAnswer().filter(entry.getValue()::equals).isEmpty()) {
                continue;
            }
            Trigger trigger = Trigger.of(question, entry.getValue());
            all.add(trigger);
            question.reveals().forEach(indicator -> add(indicator, trigger));
            if (question == Question.FORCED_OR_HELD) {
                severe.add(trigger);
            }
        }
        for (ExploitationType type : screening.exploitationTypes()) {
            Trigger trigger = Trigger.of(EXPLOITATION_TYPES, type);
            all.add(trigger);
            Optional.ofNullable(KINDS.get(type.category())).ifPresent(kind -> ofKind(kind).put(type, trigger));
            if (SEVERE_TYPES.contains(type)) {
                severe.add(trigger);
            }
        }
    }

    private void add(Indicator indicator, Trigger trigger) {
        if (indicators.putIfAbsent(indicator, trigger) == null && KINDS.containsValue(indicator.group())) {
            // One sign per distinct indicator: a ticked sign and an answer revealing it count once, shown by what
            // was recorded first (a sign implied by another is shown as the one ticked).
            ofKind(indicator.group()).put(indicator, trigger);
        }
        all.add(trigger);
        if (SEVERE_INDICATORS.contains(indicator)) {
            severe.add(trigger);
        }
    }

    boolean any() {
        return !all.isEmpty();
    }

    List<Trigger> all() {
        return new ArrayList<>(all);
    }

    List<Trigger> severe() {
        return new ArrayList<>(severe);
    }

    private Map<Identified, Trigger> ofKind(IndicatorGroup kind) {
        return byKind.computeIfAbsent(kind, unused -> new LinkedHashMap<>());
    }

    /** How many signs the kind of exploitation with the most has: its own signs present, and its types recorded. */
    int mostOfOneKindCount() {
        return byKind.values().stream().mapToInt(Map::size).max().orElse(0);
    }

    /** The recorded answers behind the signs of the kind with the most, each once. */
    List<Trigger> mostOfOneKind() {
        return byKind.values().stream().max(Comparator.comparingInt(Map::size))
                .map(signs -> List.copyOf(new LinkedHashSet<>(signs.values()))).orElse(List.of());
    }

    /** The recorded answers behind the ILO forced-labour indicators present, each once. */
    List<Trigger> iloIndicators() {
        Set<Trigger> ilo = new LinkedHashSet<>();
        indicators.forEach((indicator, trigger) -> {
            if (indicator.group() == IndicatorGroup.ILO_FORCED_LABOUR) {
                ilo.add(trigger);
            }
        });
        return List.copyOf(ilo);
    }

    long iloIndicatorCount() {
        return indicators.keySet().stream().filter(i -> i.group() == IndicatorGroup.ILO_FORCED_LABOUR).count();
    }
}
