// Source: jira-api com.atlassian.jira.scheme.Scheme, as SchemeManager returns it: getId() and getName(), and the
// constructor (Long id, String type, String name, String description, Collection<SchemeEntity> entities) Jira's own
// workflow scheme manager uses (the search tool). Subset.
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
