package org.safeguarding.preview;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Jira dashboard as the plugin's dashboard items meet it ({@code /preview/dashboard}): the web resources of the
 * {@code atl.dashboard} context loaded, a small AMD loader, and each {@code <dashboard-item>}'s module made with an
 * API of the calls Jira's dashboard offers an item (showLoadingBar, hideLoadingBar, resize) and rendered into its
 * own element, as Jira renders it.
 */
final class DashboardServlet extends HttpServlet {
    static final String PATH = "/preview/dashboard";
    private static final long serialVersionUID = 1L;

    private final transient PreviewUser user;
    private final transient PluginWebResources webResources;

    DashboardServlet(PreviewUser user, PluginWebResources webResources) {
        this.user = user;
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (user.key().isEmpty()) {
            response.sendRedirect(request.getContextPath() + SignInServlet.PATH);
            return;
        }
        Document page = PreviewFrame.page("Dashboard", webResources.urls(webResources.inContext("atl.dashboard")),
                user);
        // Jira's dashboard loads its modules through an AMD loader before the items' resources.
        page.head().prependElement("script").appendChild(new DataNode(
                "var previewModules = {}; function define(name, deps, factory) { previewModules[name] = factory(); }"));
        Element main = PreviewFrame.pagePanel(page.body()).appendElement("main")
                .attr("aria-labelledby", "preview-dashboard-title");
        main.appendElement("h1").attr("id", "preview-dashboard-title").text("Dashboard");
        StringBuilder render = new StringBuilder("var api = {showLoadingBar: function () {}, "
                + "hideLoadingBar: function () {}, resize: function () {}};\n");
        for (String module : webResources.dashboardModules()) {
            String id = "preview-dashboard-item-" + module.replaceAll("[^a-z0-9]", "-");
            Element item = main.appendElement("section").attr("class", "preview-dashboard-item")
                    .attr("aria-label", module);
            item.appendElement("div").attr("id", id);
            render.append("new previewModules['").append(module).append("'](api).render(document.getElementById('")
                .append(id).append("'), {});\n");
        }
        page.body().appendElement("script").appendChild(new DataNode(
                "document.addEventListener('DOMContentLoaded', function () {\n" + render + "});"));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page.outerHtml());
    }
}
