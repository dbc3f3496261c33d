package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguarding.screening.Action;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Reason;
import org.safeguarding.screening.Recommendation;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;

/**
 * What to do next for a case at its status, in one table: status × assessment → steps. Before the referral, the
 * screening's own steps. Once referred, what the case waits for first (the NRM's reasonable-grounds decision, with its
 * day, or for any other referral the agency's answer), then only the support the
 * person still needs, never "tell your lead" or "refer" again. Immediate danger: 999 and nothing to distract.
 * Missing: police first, then the description they need if it is not usable yet. Closed: the retention review only.
 */
public final class StatusSteps {
    /** The screening's steps that stay right while a referral is decided: the person's support and safety. */
    private static final Set<Action> SUPPORT = Set.of(Action.GET_MEDICAL_HELP, Action.FIND_SAFE_PLACE_TO_STAY,
            Action.PROVIDE_FOOD, Action.REFER_FOR_VICTIM_CARE, Action.BOOK_INTERPRETER, Action.AGREE_SAFE_CONTACT,
            Action.REPORT_OTHERS_AT_RISK, Action.PLAN_FOR_EIGHTEENTH_BIRTHDAY, Action.ASK_CONSENT_TO_STAY_IN_NRM,
            Action.ASK_FOR_INDEPENDENT_GUARDIAN,
            Action.ASK_FOR_GUARDIANSHIP_SCOTLAND, Action.REFER_TO_CHILD_GUARDIAN);

    /**
     * One step: what to do, why, and the day it is about where it has one.
     *
     * @param overdue whether the day has passed for something that should have happened by then
     */
    public record Step(Action action, Reason why, Optional<LocalDate> due, boolean overdue) {
        static Step of(Action action, Reason why) {
            return new Step(action, why, Optional.empty(), false);
        }
    }

    private StatusSteps() {
    }

    /** How serious the case is at its status: one moved to Immediate danger is in danger now, whatever its answers. */
    public static RiskLevel levelAt(Optional<ReferralStep> status, Assessment assessment) {
        return status.filter(ReferralStep.IMMEDIATE_DANGER::equals).isPresent() ? RiskLevel.IMMEDIATE_DANGER
                : assessment.level();
    }

    /**
     * Whether the status asks for its own steps and nothing else beside them: Immediate danger (999, nothing to
     * distract) and Closed (only what closing leaves to do).
     */
    public static boolean stepsAlone(ReferralStep status) {
        return status == ReferralStep.IMMEDIATE_DANGER || status == ReferralStep.CLOSED;
    }

    /**
     * @param leadsTold whether the app has told the case's leads already: then telling them is done, and the step is
     *                  to call them if it cannot wait
     */
    public static List<Step> forCase(CaseProgress progress, Assessment assessment, Screening screening,
                                     LocalDate today, boolean leadsTold) {
        CaseProgress.Dates dates = progress.dates();
        return switch (progress.step()) {
            case CONCERN_RAISED, SCREENING -> beforeReferral(assessment, leadsTold);
            // The lead has it: their first step is the decision, with the type of exploitation the NRM form asks for if
            // nobody recorded it, then what the screening asks, never "tell your lead".
            case LEAD_REVIEW -> Stream.of(Stream.of(Step.of(Action.DECIDE_REFERRAL, Reason.STATUS_LEAD_REVIEW)),
                    screening.exploitationTypes().isEmpty()
                            ? Stream.of(Step.of(Action.RECORD_EXPLOITATION_TYPE, Reason.TYPE_NOT_RECORDED))
                            : Stream.<Step>empty(),
                    beforeReferral(assessment, true).stream()
                            .filter(step -> step.action() != Action.CALL_LEAD_IF_URGENT)).flatMap(steps -> steps)
                    .toList();
            // Refer sets the decision's day for an NRM referral only; other referrals are followed up with the agency.
            case REFERRED -> then(dates.reasonableGroundsDue().isPresent() ? awaitingDecision(dates, today)
                    : Step.of(Action.FOLLOW_UP_REFERRAL, Reason.STATUS_REFERRED), assessment);
            case AWAITING_REASONABLE_GROUNDS -> then(awaitingDecision(dates, today), assessment);
            case RECOVERY_AND_SUPPORT -> then(new Step(Action.KEEP_UP_RECOVERY_SUPPORT, Reason.STATUS_RECOVERY,
                    dates.recoverySupportDate(), false), assessment);
            case AWAITING_CONCLUSIVE_GROUNDS -> then(Step.of(Action.WAIT_FOR_CONCLUSIVE_GROUNDS,
                    Reason.STATUS_AWAITING_CONCLUSIVE_GROUNDS), assessment);
            case MOVE_ON -> then(Step.of(Action.PLAN_MOVE_ON, Reason.STATUS_MOVE_ON), assessment);
            case IMMEDIATE_DANGER -> List.of(Step.of(Action.CALL_999, Reason.STATUS_IMMEDIATE_DANGER));
            case MISSING -> missing(screening, today);
            case CLOSED -> List.of(deadline(Action.REVIEW_RETENTION, Reason.STATUS_CLOSED, dates.retentionReview(),
                    today));
        };
    }

    /**
     * The screening's own steps, as before a referral, or for a case whose status is not the app's workflow's; once
     * the leads were told, "tell your safeguarding lead" becomes "call them if it cannot wait".
     */
    public static List<Step> beforeReferral(Assessment assessment, boolean leadsTold) {
        return assessment.recommendations().stream().map(StatusSteps::screeningStep)
                .map(step -> leadsTold && step.action() == Action.TELL_SAFEGUARDING_LEAD
                        ? Step.of(Action.CALL_LEAD_IF_URGENT, Reason.LEADS_TOLD) : step).toList();
    }

    private static Step awaitingDecision(CaseProgress.Dates dates, LocalDate today) {
        return deadline(Action.WAIT_FOR_REASONABLE_GROUNDS, Reason.STATUS_AWAITING_REASONABLE_GROUNDS,
                dates.reasonableGroundsDue(), today);
    }

    private static Step screeningStep(Recommendation recommendation) {
        return Step.of(recommendation.action(), recommendation.why().reason());
    }

    /** Something that should happen by its day: overdue from the day after. */
    private static Step deadline(Action action, Reason why, Optional<LocalDate> due, LocalDate today) {
        return new Step(action, why, due, due.filter(today::isAfter).isPresent());
    }

    /** The status's own step, then the support the screening asks for. */
    private static List<Step> then(Step first, Assessment assessment) {
        return Stream.concat(Stream.of(first), assessment.recommendations().stream()
                .filter(recommendation -> SUPPORT.contains(recommendation.action()))
                .map(StatusSteps::screeningStep)).toList();
    }

    /**
     * The police first; for a child (or someone who may be one) also the authority responsible for them and their
     * guardian, as each nation's guidance says (§14.5); then the description if it is not usable yet.
     */
    private static List<Step> missing(Screening screening, LocalDate today) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(Action.GIVE_POLICE_MISSING_SUMMARY, Reason.STATUS_MISSING));
        if (screening.treatedAsChild(today)) {
            steps.add(Step.of(Action.TELL_AUTHORITY_CHILD_MISSING, screening.nation().map(nation -> switch (nation) {
                case ENGLAND, WALES -> Reason.CHILD_MISSING_ENGLAND_WALES;
                case SCOTLAND -> Reason.CHILD_MISSING_SCOTLAND;
                case NORTHERN_IRELAND -> Reason.CHILD_MISSING_NORTHERN_IRELAND;
            }).orElse(Reason.CHILD_MISSING_NATION_UNKNOWN)));
        }
        if (!screening.policeDescription().isUsable()) {
            steps.add(Step.of(Action.RECORD_DESCRIPTION_FOR_POLICE, Reason.STATUS_MISSING_DESCRIPTION));
        }
        return steps;
    }
}
