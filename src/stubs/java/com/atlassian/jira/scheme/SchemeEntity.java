// Source: jira-api com.atlassian.jira.scheme.SchemeEntity: new SchemeEntity(String type, String parameter,
// Object entityTypeId), as Atlassian's own test kit and public plugins grant an issue security level (the search
// tool). Subset.
package com.atlassian.jira.scheme;

public class SchemeEntity {
    private final String type;
    private final String parameter;
    private final Object entityTypeId;

    public SchemeEntity(String type, String parameter, Object entityTypeId) {
        this.type = type;
        this.parameter = parameter;
        this.entityTypeId = entityTypeId;
    }

    public String getType() {
        return type;
    }

    public String getParameter() {
        return parameter;
    }

    public Object getEntityTypeId() {
        return entityTypeId;
    }
}
