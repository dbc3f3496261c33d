// Source: jira-api com.atlassian.jira.issue.CustomFieldManager (MYSRC 6.3): createCustomField with typed lists
// (Jira 7+, confirmed by usage), getCustomFieldObject(String), getCustomFieldType(String),
// getCustomFieldSearcher(String), getCustomFieldObjectsByName(String) (confirmed by usage); shared/reference/jira-platform.md §2.2. Subset.
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

public interface CustomFieldManager {
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws GenericEntityException;

    CustomField getCustomFieldObject(String id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomFieldType<?, ?> getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);
}
