package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * Random screenings, from empty to contradictory, all assessed without a crash and within the rules every
 * assessment must keep. Seeded, so a failure names a screening that can be replayed.
 */
public class AssessorGeneratedInputTest {
    private static final int SCREENINGS = 20_000;
    private static final Set<String> FIELDS = Set.of("immediateDanger", "ageGroup", "dateOfBirth", "nation",
            "consent", "language", "interpreterNeeded", "safeToContact", "supportNeeds", "barriers",
            "exploitationTypes", "indicatorsSeen", "policeDescription", "organisation.firstResponder",
            "organisation.dutyToNotify");

    @Test
    public void assess_shouldNeverCrashOrRecommendAnythingWithoutAReason() {
        Random random = new Random(20261129L);
        for (int i = 0; i < SCREENINGS; i++) {
            long seed = random.nextLong();
            Screening screening = randomScreening(new Random(seed));
            Organisation organisation = new Organisation(random.nextBoolean(), random.nextBoolean());
            Assessment assessment;
            try {
                assessment = Assessor.assess(screening, organisation, Screenings.TODAY);
            } catch (RuntimeException e) {
                throw new AssertionError("screening with seed " + seed + " crashed the assessment", e);
            }
            checkInvariants(assessment, screening, "seed " + seed);
        }
    }

    private static void checkInvariants(Assessment assessment, Screening screening, String which) {
        assertThat(which + ": level reasons", assessment.levelReasons(), not(empty()));
        for (Recommendation recommendation : assessment.recommendations()) {
            assertThat(which + ": " + recommendation.action() + " has a reason", recommendation.why().reason() != null);
            assertThat(which + ": " + recommendation.action() + " has triggers", recommendation.why().triggers(),
                    not(empty()));
            recommendation.why().triggers().forEach(trigger -> assertThat(which + ": trigger field " + trigger,
                    trigger.field().startsWith("question.") || FIELDS.contains(trigger.field())));
        }
        List<Action> actions = Screenings.actions(assessment);
        assertThat(which + ": no action twice", new HashSet<>(actions).size(), equalTo(actions.size()));
        boolean danger = screening.immediateDanger().filter(Answer.YES::equals).isPresent();
        assertThat(which + ": 999 first exactly when in danger",
                !actions.isEmpty() && actions.get(0) == Action.CALL_999, is(danger));
        assertThat(which + ": confidence is high exactly when nothing is open",
                assessment.confidence() == Confidence.HIGH, is(assessment.unanswered().isEmpty()));
        if (assessment.level() == RiskLevel.LOW) {
            assertThat(which + ": low only when everything is answered", assessment.unanswered(), empty());
        }
        if (assessment.level().isConcern()) {
            assertThat(which + ": every concern goes to the lead", actions, hasItem(Action.TELL_SAFEGUARDING_LEAD));
        }
        if (assessment.treatedAsChild()) {
            assertThat(which + ": a child is never asked for consent", actions,
                    not(hasItem(Action.EXPLAIN_NRM_AND_ASK_CONSENT)));
            assertThat(which + ": a child never goes the Duty to Notify route", actions,
                    not(hasItem(Action.SUBMIT_DUTY_TO_NOTIFY)));
        }
    }

    private static Screening randomScreening(Random random) {
        Screening.Builder builder = Screening.builder()
                .immediateDanger(maybe(random, Answer.class))
                .ageGroup(maybe(random, AgeGroup.class))
                .nation(maybe(random, Nation.class))
                .consent(maybe(random, Consent.class))
                .interpreterNeeded(maybe(random, Answer.class))
                .language(random.nextInt(3) == 0 ? "Vietnamese" : random.nextBoolean() ? " " : null)
                .dateOfBirth(random.nextInt(3) == 0 ? LocalDate.of(1940 + random.nextInt(100), 1 + random.nextInt(12),
                        1 + random.nextInt(28)) : null)
                .safeToContact(someOf(random, ContactChannel.class))
                .supportNeeds(someOf(random, SupportNeed.class))
                .barriers(someOf(random, Barrier.class))
                .exploitationTypes(someOf(random, ExploitationType.class))
                .indicatorsSeen(someOf(random, Indicator.class));
        for (Question question : Question.values()) {
            Answer answer = maybe(random, Answer.class);
            if (answer != null) {
                builder.answer(question, answer).notes(question, random.nextBoolean() ? "notes" : null);
            }
        }
        if (random.nextBoolean()) {
            builder.policeDescription(new PoliceDescription(text(random), text(random), text(random), text(random),
                    text(random), text(random), random.nextBoolean() ? LocalDateTime.of(2026, 11, 1, 12, 0) : null,
                    text(random)));
        }
        return builder.build();
    }

    private static <E extends Enum<E>> E maybe(Random random, Class<E> type) {
        E[] values = type.getEnumConstants();
        int pick = random.nextInt(values.length + 1);
        return pick == values.length ? null : values[pick];
    }

    private static <E extends Enum<E>> Set<E> someOf(Random random, Class<E> type) {
        int density = random.nextInt(4);
        return EnumSet.allOf(type).stream().filter(value -> density > 0 && random.nextInt(10) < density)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static String text(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> "";
            default -> "recorded";
        };
    }
}
