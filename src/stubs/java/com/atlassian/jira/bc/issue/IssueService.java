// Source: jira-api com.atlassian.jira.bc.issue.IssueService (@PublicApi since 4.1; ApplicationUser since 7):
// newIssueInputParameters(), validateCreate(ApplicationUser, IssueInputParameters) and create(ApplicationUser,
// CreateValidationResult), whose results answer isValid(), getErrorCollection() and getIssue() (inherited from
// IssueValidationResult, and in Jira from ServiceResultImpl above it; the JVM finds an inherited method by name), as
// IssueService's public source declares them (read via the search tool; shared/reference/jira-wave2-apis.md §4).
// Subset. [likely on 10.3 and 11.3]
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Map;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    /** The outcome of checking an issue to create, for create. */
    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValues) {
            super(issue, errors);
        }
    }

    /** The outcome of an issue operation: the issue, or why not. */
    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    /** What every issue operation's outcome answers (in Jira, partly from ServiceResultImpl above it). */
    abstract class IssueValidationResult {
        private final MutableIssue issue;
        private final ErrorCollection errors;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            this.issue = issue;
            this.errors = errors;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }

        public ErrorCollection getErrorCollection() {
            return errors;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }
}
