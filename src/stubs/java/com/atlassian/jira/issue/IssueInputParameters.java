// Source: jira-api com.atlassian.jira.issue.IssueInputParameters (@PublicApi), as shared/reference/jira-wave2-apis.md
// §4 gives it from jira-api's source: the setters return the parameters; addCustomFieldValue(String, String...), by
// the field's full key ("customfield_10100"), takes web-style values (an option's id as a String); setSkipScreenCheck(boolean) since 6.3 and
// setApplyDefaultValuesWhenParameterNotProvided(boolean). Subset. [likely on 10.3 and 11.3]
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);

    void setSkipScreenCheck(boolean skipScreenCheck);

    void setApplyDefaultValuesWhenParameterNotProvided(boolean applyDefaultValuesWhenParameterNotProvided);
}
