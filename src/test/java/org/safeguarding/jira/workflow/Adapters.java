package org.safeguarding.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.records.InMemoryClosedCases;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.screening.Organisation;

/** The workflow's conditions, validators and functions over the test's doubles, on the test's day. */
final class Adapters implements Function<String, Object> {
    final InMemoryAccessLog accessLog = new InMemoryAccessLog();
    final InMemoryClosedCases closedCases = new InMemoryClosedCases();
    /** The app's settings: the organisation given, and nothing else until a test saves more. */
    final InMemorySettings settings;
    /** The level the case's project gives new cases: none until a test sets one. */
    Long confidentialLevel;
    /** The lead a new case goes to: none until a test sets one. */
    ApplicationUser leadOnDuty;
    private final WorkflowModules<WorkflowCaseFixture> modules;

    Adapters(WorkflowCaseFixture cases, Set<String> leads, Organisation organisation) {
        settings = InMemorySettings.of(organisation);
        modules = new WorkflowModules<>((user, issue) -> issue == cases.issue && leads.contains(user), cases,
                settings, accessLog, closedCases,
                issue -> Optional.ofNullable(confidentialLevel), issue -> Optional.ofNullable(leadOnDuty),
                new RuleGuard(new SelfCheck(new UkClock()), new PropertiesTexts()), new PropertiesTexts(),
                Clock.fixed(WorkflowCaseFixture.TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                        ZoneId.of("Europe/London")));
    }

    @Override
    public Object apply(String className) {
        return modules.apply(className);
    }
}
