package org.safeguarding.jira.cases;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.RiskLevel;

/**
 * Each {@link WorkQueue}'s rule as JQL over the ids set-up recorded, so the counts come from Jira's own search, as the
 * user, and the lead can open the same list in Jira's issue navigator (and bulk change, export or board it). A child
 * is as the assessment says: under 18 or not sure in the age group, or a date of birth less than 18 years ago. Jira's
 * week ends as its own locale says; the queue's Sunday is the UK's.
 */
public final class WorkQueueJql {
    private final SetupIds ids;

    public WorkQueueJql(SetupIds ids) {
        this.ids = ids;
    }

    /** The queue's JQL; empty when set-up has not recorded what it needs. */
    public Optional<String> jql(WorkQueue queue) {
        Optional<String> clause = switch (queue) {
            case IMMEDIATE_DANGER -> status(ReferralStep.IMMEDIATE_DANGER).map(status -> field(CaseFields.RISK)
                    .map(risk -> "statusCategory != Done AND (" + status + " OR " + risk + " = \""
                            + RiskLevel.IMMEDIATE_DANGER.id() + "\")").orElse(status));
            case MISSING -> status(ReferralStep.MISSING);
            case NEW_CONCERNS -> statuses(ReferralStep.CONCERN_RAISED, ReferralStep.SCREENING,
                    ReferralStep.LEAD_REVIEW);
            case CHILDREN -> children().map(child -> "statusCategory != Done AND (" + child + ")");
            case DECISION_OVERDUE -> and(decisionAwaited(),
                    field(CaseFields.REASONABLE_GROUNDS_DUE).map(due -> due + " < startOfDay()"));
            case DECISION_DUE_SOON -> and(decisionAwaited(), field(CaseFields.REASONABLE_GROUNDS_DUE)
                    .map(due -> due + " >= startOfDay() AND " + due + " <= startOfDay(" + (WorkQueue.DUE_SOON_DAYS - 1)
                            + "d)"));
            case REFERRED_WAITING -> and(status(ReferralStep.REFERRED),
                    field(CaseFields.REASONABLE_GROUNDS_DUE).map(due -> due + " is EMPTY"));
            case CONCLUSIVE_AWAITED -> status(ReferralStep.AWAITING_CONCLUSIVE_GROUNDS);
            case REVIEWS_DUE -> field(CaseFields.NEXT_REVIEW)
                    .map(review -> "statusCategory != Done AND " + review + " <= endOfWeek()");
            case RETENTION_DUE -> and(status(ReferralStep.CLOSED),
                    field(CaseFields.RETENTION_REVIEW).map(review -> review + " <= startOfDay()"));
        };
        return ids.issueType().flatMap(type -> clause.map(rule -> "issuetype = " + type + " AND " + rule
                + " ORDER BY " + mostSeriousThenOldest()));
    }

    /**
     * A lead triages each list most serious first (the risk field sorts immediate danger first), then oldest first;
     * oldest first alone until set-up has made the risk field.
     */
    private String mostSeriousThenOldest() {
        return field(CaseFields.RISK).map(risk -> risk + " ASC, created ASC").orElse("created ASC");
    }

    /**
     * Every case, oldest first: the list a Jira Software board of the referral workflow shows (a board follows its
     * filter's order; Rank is Jira Software's own field, so a Jira without it could not run a filter ordered by it).
     */
    public Optional<String> everyCase() {
        return ids.issueType().map(type -> "issuetype = " + type + " ORDER BY created ASC");
    }

    private Optional<String> children() {
        Optional<String> age = field(CaseFields.AGE_GROUP).flatMap(field -> options(CaseFields.AGE_GROUP,
                AgeGroup.UNDER_18.id(), AgeGroup.NOT_SURE.id()).map(options -> field + " in (" + options + ")"));
        Optional<String> born = field(CaseFields.DATE_OF_BIRTH).map(field -> field + " > startOfDay(-18y)");
        List<String> either = Stream.of(age, born).flatMap(Optional::stream).toList();
        return either.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", either));
    }

    /** Open, and not yet moved on by the reasonable-grounds decision. */
    private Optional<String> decisionAwaited() {
        return statusIds(ReferralStep.RECOVERY_AND_SUPPORT, ReferralStep.AWAITING_CONCLUSIVE_GROUNDS,
                ReferralStep.MOVE_ON).map(decided -> "statusCategory != Done AND status not in " + decided);
    }

    private Optional<String> status(ReferralStep step) {
        return ids.status(step.id()).map(id -> "status = " + id);
    }

    private Optional<String> statuses(ReferralStep... steps) {
        return statusIds(steps).map(found -> "status in " + found);
    }

    /** The steps' status ids as a JQL list, "(10001, 10002)"; empty while set-up has not recorded one of them. */
    private Optional<String> statusIds(ReferralStep... steps) {
        List<Optional<String>> found = Stream.of(steps).map(step -> ids.status(step.id())).toList();
        return found.stream().allMatch(Optional::isPresent) ? Optional.of("(" + found.stream()
                .map(Optional::orElseThrow).collect(Collectors.joining(", ")) + ")") : Optional.empty();
    }

    private Optional<String> options(String fieldKey, String... valueIds) {
        List<Optional<Long>> found = Stream.of(valueIds).map(value -> ids.option(fieldKey, value)).toList();
        return found.stream().allMatch(Optional::isPresent) ? Optional.of(found.stream()
                .map(option -> String.valueOf(option.orElseThrow())).collect(Collectors.joining(", ")))
                : Optional.empty();
    }

    private Optional<String> field(String fieldKey) {
        return ids.jqlField(fieldKey);
    }

    private static Optional<String> and(Optional<String> first, Optional<String> second) {
        return first.flatMap(one -> second.map(two -> one + " AND " + two));
    }
}
