package org.safeguarding.jira.cases;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.status.Status;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Screening;

/**
 * Reads the screening recorded on a Safeguarding concern. Checks no permission: callers decide who may see the
 * issue before asking (a REST resource, or Jira itself when it shows or indexes a field of an issue).
 */
@Named
public class JiraCaseReader {
    private final CustomFieldManager customFieldManager;
    private final SetupStore setupStore;
    private final CommentManager comments;

    @Inject
    public JiraCaseReader(CustomFieldManager customFieldManager, SetupStore setupStore, CommentManager comments) {
        this.customFieldManager = customFieldManager;
        this.setupStore = setupStore;
        this.comments = comments;
    }

    /** The screening, or empty when the issue is not a Safeguarding concern. */
    public Optional<Screening> read(Issue issue) {
        SetupIds ids = setupStore.load();
        return isCase(issue, ids) ? Optional.of(ScreeningAssembler.from(new JiraCaseValues(issue, ids,
                customFieldManager))) : Optional.empty();
    }

    /**
     * Where the case is on the pathway: its status, when it is one of the app's workflow's, and the workflow's dates.
     * Empty for a status of another workflow, as when a project kept its own.
     */
    public Optional<CaseProgress> progress(Issue issue) {
        SetupIds ids = setupStore.load();
        return progress(issue, ids, new JiraCaseValues(issue, ids, customFieldManager));
    }

    private static Optional<CaseProgress> progress(Issue issue, SetupIds ids, CaseValues values) {
        return Optional.ofNullable(issue.getStatus()).map(Status::getId).flatMap(ids::stepOf)
                .flatMap(step -> Identified.byId(ReferralStep.class, step))
                .map(step -> new CaseProgress(step, ScreeningAssembler.datesFrom(values)));
    }

    /**
     * The case as a panel shows it, from one reading of the app's setup: its screening, where it is on the pathway,
     * and its referrals; empty when the issue is not a Safeguarding concern.
     */
    public Optional<CaseLookup> lookup(Issue issue) {
        SetupIds ids = setupStore.load();
        if (!isCase(issue, ids)) {
            return Optional.empty();
        }
        JiraCaseValues values = new JiraCaseValues(issue, ids, customFieldManager);
        return Optional.of(CaseLookup.found(issue.getKey(), ScreeningAssembler.from(values),
                progress(issue, ids, values), ScreeningAssembler.referralFrom(values)));
    }

    /** The values the app's fields hold on an issue a search for Safeguarding concerns found. */
    public CaseValues values(Issue concern) {
        return new JiraCaseValues(concern, setupStore.load(), customFieldManager);
    }

    /** Everything recorded on the case, comments included, or empty when the issue is not a Safeguarding concern. */
    public Optional<CaseRecord> record(Issue issue) {
        SetupIds ids = setupStore.load();
        return isCase(issue, ids) ? Optional.of(new CaseRecord(issue.getKey(), issue.getSummary(),
                issue.getDescription(), new JiraCaseValues(issue, ids, customFieldManager),
                comments.getComments(issue).stream().map(comment -> new CaseRecord.Note(comment.getAuthorFullName(),
                        JiraCaseValues.local(comment.getCreated()), comment.getBody())).toList())) : Optional.empty();
    }

    /** Whether the issue is a Safeguarding concern, from its issue type alone. */
    public boolean isCase(Issue issue) {
        return isCase(issue, setupStore.load());
    }

    private static boolean isCase(Issue issue, SetupIds ids) {
        return ids.issueType().filter(issue.getIssueType().getId()::equals).isPresent();
    }
}
