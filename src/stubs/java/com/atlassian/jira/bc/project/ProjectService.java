// Source: jira-api com.atlassian.jira.bc.project.ProjectService (@PublicApi; javadoc at docs.atlassian.com/jira/latest):
// CreateProjectValidationResult validateCreateProject(ApplicationUser, ProjectCreationData) and Project
// createProject(CreateProjectValidationResult), with the nested static class CreateProjectValidationResult and its
// isValid() and getErrorCollection() (inherited in Jira from ServiceResultImpl), as public plugins and Jira's own tests
// create a project (the search tool: a Java plugin for Jira 8, ScriptRunner tests, Jira's performance data
// generator). Jira Software's wrapper of it says it "does only half the job": it assigns no schemes, so the app sets
// every scheme itself. Subset. [reported by usage on 10.x]
package com.atlassian.jira.bc.project;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCreationData;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface ProjectService {
    CreateProjectValidationResult validateCreateProject(ApplicationUser user, ProjectCreationData projectCreationData);

    Project createProject(CreateProjectValidationResult createProjectValidationResult);

    class CreateProjectValidationResult {
        private final ErrorCollection errorCollection;

        public CreateProjectValidationResult(ErrorCollection errorCollection) {
            this.errorCollection = errorCollection;
        }

        public boolean isValid() {
            return !errorCollection.hasAnyErrors();
        }

        public ErrorCollection getErrorCollection() {
            return errorCollection;
        }
    }
}
