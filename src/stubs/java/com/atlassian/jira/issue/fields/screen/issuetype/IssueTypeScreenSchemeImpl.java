// Source: Jira's com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeImpl (jira-core, not public
// API): the constructor (IssueTypeScreenSchemeManager, GenericValue), passed a null GenericValue for a new scheme, then
// setName, setDescription and store(), is how Jira's own Add issue type screen scheme action and public plugins make
// one (the search tool); getDescription() and getEntities() as jira-api declares them. The stand-in keeps what is set
// and added, so tests can read it back.
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericValue;

public class IssueTypeScreenSchemeImpl implements IssueTypeScreenScheme {
    private final List<IssueTypeScreenSchemeEntity> entities = new ArrayList<>();
    private String name;
    private String description;
    private boolean stored;

    public IssueTypeScreenSchemeImpl(IssueTypeScreenSchemeManager issueTypeScreenSchemeManager,
                                     GenericValue genericValue) {
    }

    @Override
    public Long getId() {
        return stored ? 10000L : null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public FieldScreenScheme getEffectiveFieldScreenScheme(IssueType issueType) {
        return entities.stream().map(IssueTypeScreenSchemeEntityImpl.class::cast)
                .filter(entity -> entity.getIssueTypeId() == null).findFirst()
                .map(IssueTypeScreenSchemeEntityImpl::getFieldScreenScheme).orElse(null);
    }

    @Override
    public boolean containsEntity(String issueTypeId) {
        return entities.stream().map(IssueTypeScreenSchemeEntityImpl.class::cast)
                .anyMatch(entity -> issueTypeId.equals(entity.getIssueTypeId()));
    }

    @Override
    public void addEntity(IssueTypeScreenSchemeEntity issueTypeScreenSchemeEntity) {
        entities.add(issueTypeScreenSchemeEntity);
    }

    @Override
    public void removeEntity(String issueTypeId) {
        entities.removeIf(entity -> issueTypeId.equals(((IssueTypeScreenSchemeEntityImpl) entity).getIssueTypeId()));
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public void store() {
        stored = true;
    }

    public String getDescription() {
        return description;
    }

    public Collection<IssueTypeScreenSchemeEntity> getEntities() {
        return List.copyOf(entities);
    }
}
