// Source: jira-api com.atlassian.jira.scheme.Scheme, as SchemeManager returns it: getId() and getName(), and the
// constructor (Long id, String type, String name, String description, Collection<SchemeEntity> entities), as Jira's
// own DefaultWorkflowSchemeManager.updateWorkflowScheme calls it (source read via the search tool). Subset.
package com.atlassian.jira.scheme;

import java.util.Collection;

public class Scheme {
    private final Long id;
    private final String name;

    public Scheme(Long id, String type, String name, String description, Collection<SchemeEntity> entities) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
