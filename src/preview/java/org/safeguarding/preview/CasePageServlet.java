package org.safeguarding.preview;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.Resolution;

/**
 * {@code /browse/SG-1}: where Jira's issue view would be. It lists the case's recorded values and, beside them, draws
 * the plugin's own web panels (the resources panel, and for the case's lead who has opened it) with their own
 * conditions, context providers and templates, as Jira draws them.
 */
final class CasePageServlet extends HttpServlet {
    static final String PATH = "/browse";
    /** After a transition, the page shows the flag Jira shows. */
    static final String UPDATED = "updated";
    /** Jira's issue view loads AUI, and every web resource of its context, whatever its panels are. */
    private static final String AUI = "com.atlassian.auiplugin:ajs";
    private static final String ISSUE_VIEW = "jira.view.issue";
    private static final long serialVersionUID = 1L;

    /** One of the plugin's web panels, as its descriptor declares it. */
    record WebPanel(String heading, Condition condition, ContextProvider context, String template) {
    }

    private final transient PreviewUser user;
    private final transient PreviewCases cases;
    private final transient PreviewWorkflow workflow;
    private final transient PreviewTemplates templates;
    private final transient Texts texts;
    private final transient PreviewCaseLinks links;
    private final transient List<WebPanel> panels;

    CasePageServlet(PreviewUser user, PreviewCases cases, PreviewWorkflow workflow, PreviewTemplates templates,
                    Texts texts, PreviewCaseLinks links, List<WebPanel> panels) {
        this.user = user;
        this.cases = cases;
        this.workflow = workflow;
        this.templates = templates;
        this.texts = texts;
        this.links = links;
        this.panels = panels;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = String.valueOf(request.getPathInfo()).replaceFirst("^/", "");
        CaseRecord record = cases.all().stream().filter(candidate -> candidate.key().equals(key)).findFirst()
                .orElse(null);
        if (user.key().isEmpty()) {
            response.sendRedirect(SignInServlet.PATH);
            return;
        }
        if (record == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Two columns side by side, the panels' below the fields on a narrow screen, as Jira's issue view lays them out.
        Element page = new Element("div").attr("style", "display: flex; flex-wrap: wrap; gap: 20px");
        Element fields = page.appendElement("div").attr("style", "flex: 1 1 320px; min-width: 0");
        // Jira's success flag after a transition's dialog: "SG-1 has been updated."
        if ("true".equals(request.getParameter(UPDATED))) {
            fields.appendElement("div").attr("id", "preview-flag").addClass("aui-message aui-message-success")
                    .attr("role", "status").appendElement("p").text(key + " has been updated.");
        }
        fields.appendElement("p").attr("id", "preview-status").text("Status: " + workflow.step(record.key()));
        // Jira's issue view shows the resolution beside the status once a case is closed.
        workflow.resolution(record.key()).ifPresent(resolution -> fields.appendElement("p")
                .attr("id", "preview-resolution-shown").text("Resolution: " + texts.text(resolution.labelKey())));
        Element actions = fields.appendElement("div")
                .attr("style", "display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 1em");
        actions.appendElement("a").attr("href", EditCaseServlet.PATH + "/" + record.key())
                .attr("id", "preview-edit").addClass("aui-button").text("Edit the case");
        for (PreviewWorkflow.Transition transition : workflow.available(record.key())) {
            Element form = FormToken.in(actions.appendElement("form").attr("method", "post")
                    .attr("style", "display: inline")
                    .attr("action", TransitionServlet.PATH + "/" + record.key()), user);
            form.appendElement("input").attr("type", "hidden").attr("name", "action")
                    .val(String.valueOf(transition.id()));
            form.appendElement("button").attr("type", "submit").addClass("aui-button")
                    .attr("data-transition", String.valueOf(transition.id())).text(transition.name());
        }
        if (workflow.missingSummaryProduced(record.key())) {
            fields.appendElement("p").appendElement("a").attr("id", "preview-missing-summary")
                    .attr("href", "/plugins/servlet/safeguarding/missing-summary?case=" + record.key())
                    .text("Missing-person summary for police (the link Jira adds to the case history)");
        }
        List<String> linked = links.linkedTo(record.key());
        if (!linked.isEmpty()) {
            // Where Jira shows a case's issue links, under the link type's name.
            Element section = fields.appendElement("section").attr("aria-label", "Issue links");
            section.appendElement("h2").text("Issue links");
            section.appendElement("p").text(texts.text("safeguarding.link-type.description"));
            Element entries = section.appendElement("ul").attr("id", "preview-links");
            linked.forEach(other -> entries.appendElement("li").appendElement("a")
                    .attr("href", PATH + "/" + other).text(other));
        }
        List<String> history = workflow.history(record.key());
        if (!history.isEmpty()) {
            // Where Jira shows the case's comments: what the workflow wrote, such as which leads were told.
            Element notes = fields.appendElement("section").attr("aria-label", "Case history");
            notes.appendElement("h2").text("Case history");
            Element entries = notes.appendElement("ul").attr("id", "preview-history");
            history.forEach(note -> entries.appendElement("li").text(note));
        }
        Element list = fields.appendElement("dl");
        record.rows(texts).forEach(row -> {
            list.appendElement("dt").text(row.field());
            list.appendElement("dd").text(row.value());
        });
        Element side = page.appendElement("aside").attr("style", "flex: 1 1 320px; min-width: 0");
        Map<String, Object> context = Map.of("issue", new PreviewIssue(record.key(), record.summary(), null,
                workflow.resolution(record.key()).map(this::jiraResolution).orElse(null)));
        for (WebPanel panel : panels) {
            if (panel.condition().shouldDisplay(context)) {
                Element section = side.appendElement("section").attr("aria-label", panel.heading());
                section.appendElement("h2").text(panel.heading());
                section.append(templates.fragment(panel.template(), panel.context().getContextMap(context)));
            }
        }
        List<String> required = new ArrayList<>(List.of(AUI));
        required.addAll(templates.inContext(ISSUE_VIEW));
        PreviewFrame.write(response, user, record.key() + ": " + record.summary(), templates.urls(required), page);
    }

    /** The app's resolution as Jira's issue carries it, by its id and its name in words. */
    private com.atlassian.jira.issue.resolution.Resolution jiraResolution(Resolution ours) {
        return new com.atlassian.jira.issue.resolution.Resolution() {
            @Override
            public String getId() {
                return ours.id();
            }

            @Override
            public String getName() {
                return texts.text(ours.labelKey());
            }
        };
    }
}
