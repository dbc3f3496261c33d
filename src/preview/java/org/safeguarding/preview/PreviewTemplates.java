package org.safeguarding.preview;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.ThreadPageBuilder;

/**
 * The plugin's templates rendered by real Velocity as Jira's TemplateRenderer renders them (automatic escaping,
 * {@code $i18n}, nothing else of Jira's); a page that asks for one of Jira's decorators gets the preview's frame
 * around it, as Jira puts its header and admin menu around the page, with the web resources the request required
 * through the page builder.
 */
final class PreviewTemplates implements TemplateRenderer {
    private final VelocityTemplates velocity = new VelocityTemplates();
    private final PluginWebResources webResources;
    private final ThreadPageBuilder pageBuilder;
    private final PreviewUser user;

    PreviewTemplates(PluginWebResources webResources, ThreadPageBuilder pageBuilder, PreviewUser user) {
        this.webResources = webResources;
        this.pageBuilder = pageBuilder;
        this.user = user;
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        List<String> required = pageBuilder.drain();
        String html = velocity.render(templateName, context).html();
        Document page = Jsoup.parse(html);
        writer.write(page.selectFirst("meta[name=decorator]") == null ? html : decorated(page, required).outerHtml());
    }

    /** A fragment (a web panel) for the page that holds it. */
    String fragment(String templateName, Map<String, Object> context) {
        return velocity.render(templateName, context).html();
    }

    /** The plugin's web resources that declare the context, as Jira loads them on every page of that context. */
    List<String> inContext(String context) {
        return webResources.inContext(context);
    }

    /** The stylesheet and script addresses of web resources, dependencies first. */
    List<String> urls(List<String> requiredResources) {
        return webResources.urls(requiredResources);
    }

    private Document decorated(Document page, List<String> required) {
        Document framed = PreviewFrame.page(page.title(), webResources.urls(required), user);
        Element panel = PreviewFrame.pagePanel(framed.body());
        page.body().childNodesCopy().forEach(panel::appendChild);
        return framed;
    }
}
