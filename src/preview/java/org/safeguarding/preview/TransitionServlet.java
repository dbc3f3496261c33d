package org.safeguarding.preview;

import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.Resolution;
import org.safeguarding.screening.Identified;

/**
 * {@code POST /preview/transition/SG-1} with {@code action}: makes a workflow transition as Jira's issue view would.
 * A transition with a screen first shows the case's fields (and, on Close, the resolution); a refused transition
 * shows the rules' messages, beside the fields they are about and at the top, and keeps nothing of the attempt.
 */
final class TransitionServlet extends HttpServlet {
    static final String PATH = "/preview/transition";
    private static final long serialVersionUID = 1L;

    private final transient PreviewUser user;
    private final transient PreviewCases cases;
    private final transient PreviewWorkflow workflow;
    private final transient EditCaseServlet fields;
    private final transient Texts texts;

    TransitionServlet(PreviewUser user, PreviewCases cases, PreviewWorkflow workflow, EditCaseServlet fields,
                      Texts texts) {
        this.user = user;
        this.cases = cases;
        this.workflow = workflow;
        this.fields = fields;
        this.texts = texts;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (user.key().isEmpty() || cases.browsable(key).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (FormToken.refused(request, response, user)) {
            return;
        }
        PreviewWorkflow.Transition transition;
        try {
            transition = workflow.transition(key, Integer.parseInt(String.valueOf(request.getParameter("action"))));
        } catch (IllegalArgumentException notOpen) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "That transition is not open to this case now.");
            return;
        }
        boolean screenShown = "shown".equals(request.getParameter("screen"));
        if (transition.screen().isPresent() && !screenShown) {
            screen(response, key, transition, cases.browsable(key).orElseThrow(), List.of(), Map.of());
            return;
        }
        Map<String, Object> screen = screenShown && transition.screen().isPresent()
                ? EditCaseServlet.submitted(request, fieldsOn(transition.screen().get())) : Map.of();
        Resolution resolution = Identified.byId(Resolution.class, String.valueOf(request.getParameter("resolution")))
                .orElse(null);
        try {
            workflow.make(key, transition.id(), screen, resolution);
            response.sendRedirect(CasePageServlet.PATH + "/" + key + "?" + CasePageServlet.UPDATED + "=true");
        } catch (InvalidInputException refused) {
            screen(response, key, transition, cases.browsable(key).orElseThrow(), strings(refused.getGenericErrors()),
                    errors(refused.getErrors()));
        } catch (WorkflowException broken) {
            throw new IOException("the workflow failed: " + broken.getMessage(), broken);
        }
    }

    private void screen(HttpServletResponse response, String key, PreviewWorkflow.Transition transition,
                        CaseValues values, List<String> generic, Map<String, String> byField) throws IOException {
        Element form = FormToken.in(new Element("form").addClass("aui").attr("method", "post")
                .attr("action", PATH + "/" + key), user);
        form.appendElement("input").attr("type", "hidden").attr("name", "action").val(String.valueOf(transition.id()));
        form.appendElement("input").attr("type", "hidden").attr("name", "screen").val("shown");
        if (!generic.isEmpty() || !byField.isEmpty()) {
            Element problems = form.appendElement("div").addClass("aui-message aui-message-error")
                    .attr("id", "preview-transition-errors").attr("role", "alert")
                    // The summary takes the focus, so a screen reader reads out what to put right first.
                    .attr("tabindex", "-1").attr("autofocus", "");
            problems.appendElement("p").text("The transition was not made. Please put these right:");
            Element list = problems.appendElement("ul");
            generic.forEach(message -> list.appendElement("li").text(message));
            byField.values().forEach(message -> list.appendElement("li").text(message));
        }
        if (transition.name().equals("Close")) {
            Element group = form.appendElement("div").addClass("field-group");
            group.appendElement("label").attr("for", "preview-resolution").text("Resolution");
            Element select = group.appendElement("select").addClass("select").attr("id", "preview-resolution")
                    .attr("name", "resolution");
            select.appendElement("option").val("").text("None");
            for (Resolution resolution : Resolution.values()) {
                select.appendElement("option").val(resolution.id()).text(texts.text(resolution.labelKey()));
            }
        }
        if (transition.screen().isPresent()) {
            fields.appendFields(form, values, byField, fieldsOn(transition.screen().get()));
        }
        form.appendElement("div").addClass("buttons-container").appendElement("div").addClass("buttons")
                .appendElement("button").addClass("aui-button aui-button-primary").attr("type", "submit")
                .attr("id", "preview-transition").text(transition.name());
        PreviewFrame.write(response, user, transition.name() + ": " + key, form);
    }

    /** The case fields on the screen set-up gives the transition. */
    private static Predicate<CaseField> fieldsOn(String screen) {
        return switch (screen) {
            case "close" -> EditCaseServlet.CLOSE;
            case "danger" -> EditCaseServlet.DANGER;
            case "missing" -> EditCaseServlet.MISSING;
            case "refer" -> EditCaseServlet.REFER;
            default -> throw new IllegalArgumentException("set-up makes no screen called " + screen);
        };
    }

    private static List<String> strings(List<?> messages) {
        return messages.stream().map(String::valueOf).toList();
    }

    private static Map<String, String> errors(Map<?, ?> byField) {
        Map<String, String> errors = new LinkedHashMap<>();
        byField.forEach((field, message) -> errors.put(String.valueOf(field), String.valueOf(message)));
        return errors;
    }
}
