package org.safeguarding.jira.leads;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The lead on duty for each project, kept in memory for the preview host and the tests: a case's project is its
 * key's prefix, as in Jira (SG-1 is in SG).
 */
public final class InMemoryDutyRota implements DutyRota {
    private final Map<String, Duty> byProject = new ConcurrentHashMap<>();
    private final UnaryOperator<String> names;
    private final Clock clock;

    /** @param names a user's name from their key */
    public InMemoryDutyRota(UnaryOperator<String> names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    @Override
    public Optional<Duty> forCase(String caseKey) {
        return Optional.ofNullable(byProject.get(project(caseKey)));
    }

    @Override
    public void take(String caseKey, String userKey) {
        byProject.put(project(caseKey), new Duty(userKey, names.apply(userKey), clock.instant()));
    }

    @Override
    public void handBack(String caseKey, String userKey) {
        byProject.computeIfPresent(project(caseKey), (project, duty) -> duty.userKey().equals(userKey) ? null : duty);
    }

    private static String project(String caseKey) {
        return caseKey.substring(0, Math.max(caseKey.indexOf('-'), 0));
    }
}
