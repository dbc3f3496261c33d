// Source: jira-api com.atlassian.jira.entity.property.EntityPropertyType: ISSUE_PROPERTY and COMMENT_PROPERTY with
// getDbEntityName(), as Jira's own issue and comment deletion name the properties to remove (public source via the
// search tool). Subset; the real class has more types. The names are those the tests need; Jira's own are [likely] these.
package com.atlassian.jira.entity.property;

public final class EntityPropertyType {
    public static final EntityPropertyType ISSUE_PROPERTY = new EntityPropertyType("IssueProperty");
    public static final EntityPropertyType COMMENT_PROPERTY = new EntityPropertyType("CommentProperty");

    private final String dbEntityName;

    private EntityPropertyType(String dbEntityName) {
        this.dbEntityName = dbEntityName;
    }

    public String getDbEntityName() {
        return dbEntityName;
    }
}
