// Source: jira-api com.atlassian.jira.bc.issue.IssueService (@PublicApi since 4.1; ApplicationUser since 7):
// newIssueInputParameters(), validateCreate(ApplicationUser, IssueInputParameters) and create(ApplicationUser,
// CreateValidationResult), whose results answer isValid(), getErrorCollection() and getIssue() (inherited from
// IssueValidationResult, and in Jira from ServiceResultImpl above it; the JVM finds an inherited method by name), as
// IssueService's public source declares them (read via the search tool; shared/reference/jira-wave2-apis.md §4);
// validateTransition(ApplicationUser, Long, int, IssueInputParameters) and transition(ApplicationUser,
// TransitionValidationResult), with TransitionValidationResult(MutableIssue, ErrorCollection, Map<String,Object>,
// Map, int), as IssueService's javadoc gives them (docs.atlassian.com/jira/server, IssueService.TransitionValidation
// Result; read via the search tool on 7 Dec 2026; in Jira it extends ServiceResultImpl, whose isValid() and
// getErrorCollection() the JVM finds by name). Subset. [likely on 10.3 and 11.3]
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

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
                                                  IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    /** The outcome of checking an issue to create, for create. */
    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValues) {
            super(issue, errors);
        }
    }

    /** The outcome of checking a transition, for transition. */
    class TransitionValidationResult extends IssueValidationResult {
        public TransitionValidationResult(MutableIssue issue, ErrorCollection errors,
                                          Map<String, Object> fieldValuesHolder, Map additionInputs, int actionId) {
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
