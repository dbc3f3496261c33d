// Source: jira-api com.atlassian.jira.project.ProjectCreationData and its static Builder: new Builder(), withName,
// withKey, withDescription, withLead(ApplicationUser), withType(String) (the project type key, "business"), build(),
// as public Java plugins for Jira 8 and later and Groovy scripts build one for ProjectService (the search tool).
// getName, getKey, getDescription and getLead read it back, as Jira's own validation does. Subset.
package com.atlassian.jira.project;

import com.atlassian.jira.user.ApplicationUser;

public class ProjectCreationData {
    private final String name;
    private final String key;
    private final String description;
    private final ApplicationUser lead;

    private ProjectCreationData(Builder builder) {
        name = builder.name;
        key = builder.key;
        description = builder.description;
        lead = builder.lead;
    }

    public String getName() {
        return name;
    }

    public String getKey() {
        return key;
    }

    public String getDescription() {
        return description;
    }

    public ApplicationUser getLead() {
        return lead;
    }

    public static class Builder {
        private String name;
        private String key;
        private String description;
        private ApplicationUser lead;
        private String projectTypeKey;

        public Builder withName(String name) {
            this.name = name;
            return this;
        }

        public Builder withKey(String key) {
            this.key = key;
            return this;
        }

        public Builder withDescription(String description) {
            this.description = description;
            return this;
        }

        public Builder withLead(ApplicationUser lead) {
            this.lead = lead;
            return this;
        }

        public Builder withType(String projectTypeKey) {
            this.projectTypeKey = projectTypeKey;
            return this;
        }

        public ProjectCreationData build() {
            return new ProjectCreationData(this);
        }
    }
}
