package org.safeguarding.jira.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;
import org.safeguarding.screening.RiskLevel;

/**
 * Reads the small part of JQL the work queues use and answers whether a case's facts match it, as Jira's search would:
 * clauses joined by AND, a bracketed OR, {@code status = id}, {@code status in (ids)}, {@code status not in (ids)},
 * {@code statusCategory != Done}, the risk field equal to a quoted level, a custom field compared with an option
 * list, found {@code is EMPTY}, or compared
 * with {@code startOfDay()}, {@code startOfDay(6d)}, {@code startOfDay(-18y)} and {@code endOfWeek()} (a UK week,
 * ending on Sunday). Anything else is refused, so a query the reader does not
 * understand fails the test rather than passing it.
 */
final class JqlOverFacts {
    /** Where a case's facts stand in Jira: status ids, field ids and the age-group options of a child and an adult. */
    record Ids(Map<String, ReferralStep> statuses, String ageGroup, String under18, String adult, String dateOfBirth,
               String decisionDue, String nextReview, String retentionReview, String risk) {
    }

    private static final Pattern QUERY = Pattern.compile(
            "issuetype = \\d+ AND (.+) ORDER BY (cf\\[\\d+\\] ASC, )?created ASC");
    private static final Pattern CLAUSE = Pattern.compile(
            "(status|statusCategory|cf\\[\\d+\\]) (=|!=|<|<=|>|>=|in|not in|is) (\\([^)]*\\)|\\w+\\([^)]*\\)|\\w+|\"[a-z-]+\")");

    private final Ids ids;

    JqlOverFacts(Ids ids) {
        this.ids = ids;
    }

    /** The query as a test of a case's facts on a day. */
    Predicate<Facts> read(String jql) {
        Matcher query = QUERY.matcher(jql);
        if (!query.matches()) {
            throw new IllegalArgumentException("not a work-queue query: " + jql);
        }
        List<Predicate<Facts>> all = new ArrayList<>();
        for (String part : splitOutsideBrackets(query.group(1), " AND ")) {
            all.add(part.startsWith("(") && part.endsWith(")") ? any(part.substring(1, part.length() - 1))
                    : clause(part));
        }
        return facts -> all.stream().allMatch(one -> one.test(facts));
    }

    /** One case on one day, with the field values Jira would hold. */
    record Facts(WorkQueue.Facts facts, LocalDate today) {
    }

    private Predicate<Facts> any(String ored) {
        List<Predicate<Facts>> either = splitOutsideBrackets(ored, " OR ").stream().map(this::clause).toList();
        return facts -> either.stream().anyMatch(one -> one.test(facts));
    }

    private Predicate<Facts> clause(String text) {
        Matcher clause = CLAUSE.matcher(text);
        if (!clause.matches()) {
            throw new IllegalArgumentException("not a clause the queues use: " + text);
        }
        String field = clause.group(1);
        String operator = clause.group(2);
        String value = clause.group(3);
        if (field.equals("status")) {
            List<ReferralStep> steps = values(value).stream().map(id -> ids.statuses().get(id)).toList();
            return facts -> steps.contains(facts.facts().status()) == operator.matches("=|in");
        }
        if (field.equals("statusCategory") && operator.equals("!=") && value.equals("Done")) {
            return facts -> facts.facts().status() != ReferralStep.CLOSED;
        }
        String fieldId = "customfield_" + field.substring(3, field.length() - 1);
        if (operator.equals("is") && value.equals("EMPTY")) {
            return facts -> date(fieldId, facts).isEmpty();
        }
        if (fieldId.equals(ids.risk()) && operator.equals("=")) {
            // The risk field holds immediate danger while the case is in that status or its latest answer is yes.
            boolean danger = value.equals("\"" + RiskLevel.IMMEDIATE_DANGER.id() + "\"");
            return facts -> danger && (facts.facts().dangerNow()
                    || facts.facts().status() == ReferralStep.IMMEDIATE_DANGER);
        }
        if (fieldId.equals(ids.ageGroup()) && operator.equals("in")) {
            List<String> options = values(value);
            return facts -> options.contains(facts.facts().child() ? ids.under18() : ids.adult());
        }
        return facts -> date(fieldId, facts).map(day -> compare(day, operator, day(value, facts.today())))
                .orElse(false);
    }

    private Optional<LocalDate> date(String fieldId, Facts facts) {
        WorkQueue.Facts known = facts.facts();
        if (fieldId.equals(ids.decisionDue())) {
            return known.decisionDue();
        } else if (fieldId.equals(ids.nextReview())) {
            return known.nextReview();
        } else if (fieldId.equals(ids.retentionReview())) {
            return known.retentionReview();
        } else if (fieldId.equals(ids.dateOfBirth())) {
            return Optional.empty();
        }
        throw new IllegalArgumentException("no date field " + fieldId);
    }

    private static LocalDate day(String function, LocalDate today) {
        return switch (function) {
            case "startOfDay()" -> today;
            case "endOfWeek()" -> today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case "startOfDay(-18y)" -> today.minusYears(18);
            case "startOfDay(6d)" -> today.plusDays(6);
            default -> throw new IllegalArgumentException("not a date function the queues use: " + function);
        };
    }

    /** A date field holds a day; Jira compares it as that day's start with the function's instant. */
    private static boolean compare(LocalDate day, String operator, LocalDate against) {
        return switch (operator) {
            case "<" -> day.isBefore(against);
            case "<=" -> !day.isAfter(against);
            case ">" -> day.isAfter(against);
            case ">=" -> !day.isBefore(against);
            case "=" -> day.equals(against);
            default -> throw new IllegalArgumentException("not a date comparison: " + operator);
        };
    }

    private static List<String> values(String value) {
        String inside = value.startsWith("(") ? value.substring(1, value.length() - 1) : value;
        return List.of(inside.split(",\\s*"));
    }

    private static List<String> splitOutsideBrackets(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && text.startsWith(separator, i)) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
                i = start - 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
