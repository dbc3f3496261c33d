// Source: jira-api com.atlassian.jira.scheme.SchemeManager, which the workflow and issue security scheme managers
// extend: Scheme getSchemeObject(Long), List<Scheme> getSchemeObjects(), Scheme createSchemeObject(String name,
// String description), Scheme getSchemeFor(Project), GenericValue getScheme(Long), GenericValue
// createSchemeEntity(GenericValue scheme, SchemeEntity) and deleteEntity(Long) throwing GenericEntityException,
// removeSchemesFromProject(Project) and addSchemeToProject(Project, Scheme), as Jira's own project service,
// Atlassian's test kit and public project set-up plugins call them (the search tool). Subset.
package com.atlassian.jira.scheme;

import com.atlassian.jira.project.Project;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;

public interface SchemeManager {
    Scheme getSchemeObject(Long id);

    List<Scheme> getSchemeObjects();

    Scheme createSchemeObject(String name, String description);

    Scheme getSchemeFor(Project project);

    GenericValue getScheme(Long id) throws GenericEntityException;

    GenericValue createSchemeEntity(GenericValue scheme, SchemeEntity schemeEntity) throws GenericEntityException;

    void deleteEntity(Long id) throws GenericEntityException;

    void removeSchemesFromProject(Project project);

    void addSchemeToProject(Project project, Scheme scheme);
}
