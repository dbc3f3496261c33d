package org.safeguarding.jira.workflow;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;
import org.safeguarding.jira.web.InMemoryAccessLog;
import org.safeguarding.jira.web.InMemoryClosedCases;
import org.safeguarding.jira.web.InMemorySettings;
import org.safeguarding.jira.web.PropertiesTexts;
import org.safeguarding.referral.Deadlines;
import org.safeguarding.referral.WorkingDayCalendar;
import org.safeguarding.screening.Organisation;

/** Builds the workflow's conditions, validators and functions with the test's doubles, as Jira builds them. */
final class Adapters implements Function<String, Object> {
    private final WorkflowCaseFixture cases;
    private final Set<String> leads;
    private final Organisation organisation;
    private final Clock clock = Clock.fixed(WorkflowCaseFixture.TODAY.atStartOfDay(ZoneId.of("Europe/London"))
            .toInstant(), ZoneId.of("Europe/London"));
    private final PropertiesTexts texts = new PropertiesTexts();
    final InMemoryAccessLog accessLog = new InMemoryAccessLog();
    final InMemoryClosedCases closedCases = new InMemoryClosedCases();

    Adapters(WorkflowCaseFixture cases, Set<String> leads, Organisation organisation) {
        this.cases = cases;
        this.leads = leads;
        this.organisation = organisation;
    }

    @Override
    public Object apply(String className) {
        return switch (className.substring(className.lastIndexOf('.') + 1)) {
            case "LeadCondition" -> new LeadCondition((user, issue) -> issue == cases.issue && leads.contains(user));
            case "RouteValidator" -> new RouteValidator(cases, InMemorySettings.of(organisation), texts);
            case "CloseValidator" -> new CloseValidator(cases, texts, clock);
            case "MissingValidator" -> new MissingValidator(cases, texts);
            case "ReferralDatesFunction" -> new ReferralDatesFunction(cases, texts, new Deadlines(WorkingDayCalendar.uk()),
                    clock);
            case "MissingSummaryFunction" -> new MissingSummaryFunction(cases);
            case "AccessLogFunction" -> new AccessLogFunction(accessLog, clock);
            case "RetentionFunction" -> new RetentionFunction(cases, closedCases, clock);
            default -> throw new IllegalArgumentException("the workflow names an unknown class " + className);
        };
    }
}
