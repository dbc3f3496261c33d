package org.safeguarding.jira.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import org.safeguarding.jira.enablement.ProjectCreation;
import org.safeguarding.jira.enablement.ProjectReadiness;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SelfCheckWords;
import org.safeguarding.jira.platform.Texts;

/**
 * The projects that offer the issue type, part by part, and the others a page at a time; or, where this Jira lacks
 * what the readiness reads, why the list is switched off (the page itself always shows). Above them, Create a
 * Safeguarding project, open while no project is ready, or why this Jira cannot offer it.
 */
@Named
public class ProjectsArea implements AdminArea {
    private final ProjectReadiness projects;
    private final ProjectCreation creation;
    private final SelfCheck selfCheck;
    private final Texts texts;

    @Inject
    public ProjectsArea(ProjectReadiness projects, ProjectCreation creation, SelfCheck selfCheck, Texts texts) {
        this.projects = projects;
        this.creation = creation;
        this.selfCheck = selfCheck;
        this.texts = texts;
    }

    @Override
    public String id() {
        return "projects";
    }

    @Override
    public Map<String, Object> model(HttpServletRequest request) {
        Optional<String> switchedOff = SelfCheckWords.switchedOff(selfCheck.missingFor(projects.getClass()), texts);
        List<ProjectReadiness.ProjectStatus> statuses = switchedOff.isPresent() ? List.of() : projects.projects();
        List<String> ready = statuses.stream().filter(ProjectReadiness.ProjectStatus::ready)
                .map(ProjectReadiness.ProjectStatus::key).toList();
        Map<String, Object> page = new HashMap<>(ProjectsPage.of(statuses, projects.boardFilters(ready),
                request.getParameter("page"), request.getContextPath() + AdminServlet.PATH + "/" + id(), texts));
        page.put("projectsSwitchedOff", switchedOff.orElse(""));
        page.put("creationSwitchedOff", SelfCheckWords.switchedOff(selfCheck.missingFor(creation.getClass()), texts)
                .orElse(""));
        page.put("anyReady", !ready.isEmpty());
        return page;
    }
}
