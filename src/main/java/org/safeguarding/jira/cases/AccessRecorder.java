package org.safeguarding.jira.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/**
 * Records the current user's access to a case. Every export and anonymisation is recorded. A view is recorded once per
 * person, case, kind of view (the case itself, its markers) and node in ten minutes: Jira draws the issue view again
 * on every refresh and inline edit, and one entry says as much as twenty, without a database write on each of them.
 */
@Named
public class AccessRecorder {
    static final Duration SAME_VIEW = Duration.ofMinutes(10);
    /** Past this many remembered views, the stale ones are forgotten. */
    static final int REMEMBERED = 10_000;

    private final AccessLog log;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<String, Instant> lastViews = new ConcurrentHashMap<>();

    @Inject
    public AccessRecorder(AccessLog log, CurrentUser currentUser, Clock clock) {
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void viewed(String caseKey, String detailKey) {
        currentUser.key().ifPresent(user -> {
            Instant now = clock.instant();
            String seen = user + "\n" + caseKey + "\n" + detailKey;
            Instant recorded = lastViews.get(seen);
            boolean due = recorded == null || !recorded.plus(SAME_VIEW).isAfter(now);
            // Of two requests at once, only the one that moves the time on records the view.
            if (due && (recorded == null ? lastViews.putIfAbsent(seen, now) == null
                    : lastViews.replace(seen, recorded, now))) {
                log.append(new CaseAccess(caseKey, user, now, AccessKind.VIEWED, detailKey));
            }
            if (lastViews.size() > REMEMBERED) {
                lastViews.values().removeIf(at -> !at.plus(SAME_VIEW).isAfter(now));
            }
        });
    }

    public void exported(String caseKey, String detailKey) {
        record(caseKey, AccessKind.EXPORTED, detailKey);
    }

    /** Printed on paper, as the page that was printed says: every print is recorded. */
    public void printed(String caseKey, String detailKey) {
        record(caseKey, AccessKind.PRINTED, detailKey);
    }

    /** Changed by the app's own pages, outside Jira's issue history, as the detail says. */
    public void changed(String caseKey, String detailKey) {
        record(caseKey, AccessKind.CHANGED, detailKey);
    }

    public void anonymised(String caseKey) {
        record(caseKey, AccessKind.ANONYMISED, null);
    }

    private void record(String caseKey, AccessKind kind, String detailKey) {
        currentUser.key().ifPresent(user -> log.append(new CaseAccess(caseKey, user, clock.instant(), kind, detailKey)));
    }
}
