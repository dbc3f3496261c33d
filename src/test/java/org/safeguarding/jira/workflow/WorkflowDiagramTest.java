package org.safeguarding.jira.workflow;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.docs.DocSections;
import org.safeguarding.jira.platform.PropertiesTexts;

/** The admin guide's diagram of the workflow, drawn from the workflow XML itself so it can never go stale. */
public class WorkflowDiagramTest {
    private final PropertiesTexts texts = new PropertiesTexts();

    @Test
    public void adminGuide_shouldShowTheWorkflowAsTheXmlDefinesIt() throws IOException {
        WorkflowDescriptor workflow = WorkflowEngine.load();
        StringBuilder diagram = new StringBuilder("```mermaid\nstateDiagram-v2\n");
        for (Object stepObject : workflow.getSteps()) {
            StepDescriptor step = (StepDescriptor) stepObject;
            diagram.append("    state \"").append(step.getName()).append("\" as ").append(node(step)).append('\n');
        }
        ActionDescriptor create = (ActionDescriptor) workflow.getInitialActions().get(0);
        diagram.append("    [*] --> ").append(node(workflow.getStep(target(create)))).append(": ")
                .append(create.getName()).append('\n');
        for (Object stepObject : workflow.getSteps()) {
            StepDescriptor step = (StepDescriptor) stepObject;
            for (ActionDescriptor action : actionsOf(step).values()) {
                diagram.append("    ").append(node(step)).append(" --> ").append(node(workflow.getStep(target(action))))
                        .append(": ").append(title(action)).append('\n');
            }
        }
        diagram.append("```\n");
        DocSections.check("admin-guide.md", "workflow", diagram.toString());
    }

    /** The step's transitions; OSWorkflow 2.7 lists the shared ones it refers to among them. Each once, by id. */
    private static Map<Integer, ActionDescriptor> actionsOf(StepDescriptor step) {
        Map<Integer, ActionDescriptor> actions = new LinkedHashMap<>();
        for (Object action : step.getActions()) {
            actions.putIfAbsent(((ActionDescriptor) action).getId(), (ActionDescriptor) action);
        }
        return actions;
    }

    private static int target(ActionDescriptor action) {
        ResultDescriptor result = action.getUnconditionalResult();
        return result.getStep();
    }

    private String title(ActionDescriptor action) {
        return texts.text((String) action.getMetaAttributes().get("jira.i18n.title"));
    }

    private static String node(StepDescriptor step) {
        return ((String) step.getMetaAttributes().get("safeguarding.step")).replace('-', '_');
    }
}
