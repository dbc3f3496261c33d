package org.safeguarding.preview;

import java.io.IOException;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.safeguarding.jira.admin.GetStartedServlet;
import org.safeguarding.jira.raise.RaiseConcernServlet;
import org.safeguarding.jira.work.WorkServlet;

/**
 * The preview's own frame: a header saying this is a preview and who is signed in, with links to the plugin's
 * screens. It stands where Jira's header would; everything inside it is the plugin's.
 */
final class PreviewFrame {
    static final String ADMIN_PAGE = "/plugins/servlet/safeguarding/admin";

    private PreviewFrame() {
    }

    static void header(Element body, PreviewUser user) {
        Element header = body.appendElement("header").addClass("aui-page-header").addClass("preview-frame")
                .attr("role", "banner").attr("style", "padding: 8px 20px; border-bottom: 1px solid #dfe1e6");
        header.appendElement("p").appendElement("strong").text("Safeguarding for Jira: preview (not a Jira)");
        Element nav = header.appendElement("nav").attr("aria-label", "Preview");
        nav.appendText("Signed in as " + user.role().name().toLowerCase(java.util.Locale.ROOT) + " · ");
        nav.appendElement("a").attr("href", "/").text("Start");
        nav.appendText(" · ");
        if (user.key().isPresent()) {
            // The app's web items in Jira's top navigation, shown to anyone logged in (PageLinkCondition).
            nav.appendElement("a").attr("href", WorkServlet.PATH).attr("id", "safeguarding-work-link")
                    .text("Safeguarding: what needs me now");
            nav.appendText(" · ");
            nav.appendElement("a").attr("href", RaiseConcernServlet.PATH).attr("id", "safeguarding-raise-link")
                    .text("Raise a safeguarding concern");
            nav.appendText(" · ");
        }
        nav.appendElement("a").attr("href", GetStartedServlet.PATH).text("Administration");
        nav.appendText(" · ");
        nav.appendElement("a").attr("href", SignInServlet.PATH).text("Sign in as someone else");
    }

    /** Where a page's content goes: inside AUI's page panel, as Jira's decorators place it. */
    static Element pagePanel(Element body) {
        return body.appendElement("div").attr("id", "page").appendElement("section").attr("id", "content")
                .appendElement("div").addClass("aui-page-panel")
                .appendElement("div").addClass("aui-page-panel-inner")
                .appendElement("section").addClass("aui-page-panel-content");
    }

    /** A page of the preview's own: only the frame and a few lines of text or links. */
    static void write(HttpServletResponse response, PreviewUser user, String title, Element... content)
            throws IOException {
        write(response, user, title, List.of(PluginWebResources.AUI_STYLES), content);
    }

    /** A page of the preview's own that loads the given stylesheets and scripts, as a web panel's host page does. */
    static void write(HttpServletResponse response, PreviewUser user, String title, List<String> resources,
                      Element... content) throws IOException {
        Document page = page(title, resources, user);
        Element main = pagePanel(page.body()).appendElement("main");
        main.appendElement("h1").text(title);
        for (Element element : content) {
            main.appendChild(element);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page.outerHtml());
    }

    /**
     * A page as Jira's decorators start one: its head loading the stylesheets and scripts (after defining the context
     * path AUI reads, as Jira does before AUI loads), and the header; the content is for the caller to add.
     */
    static Document page(String title, List<String> resources, PreviewUser user) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("script").appendChild(new DataNode(
                "window.AJS = window.AJS || {}; window.AJS.contextPath = function () { return ''; };"));
        for (String url : resources) {
            if (url.endsWith(".css")) {
                head.appendElement("link").attr("rel", "stylesheet").attr("href", url);
            } else {
                head.appendElement("script").attr("src", url);
            }
        }
        // The preview's own bar is no part of any page of the app: it never prints.
        head.appendElement("style").appendChild(new DataNode("@media print { .preview-frame { display: none; } }"));
        header(page.body(), user);
        return page;
    }
}
