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

/**
 * The plugin's templates rendered by real Velocity as Jira's TemplateRenderer renders them (automatic escaping,
 * {@code $i18n}, {@code $webResourceManager}); a page that asks for one of Jira's decorators gets the preview's
 * frame around it, as Jira puts its header and admin menu around the page, with the web resources it required.
 */
final class PreviewTemplates implements TemplateRenderer {
    private final VelocityTemplates velocity = new VelocityTemplates();
    private final PluginWebResources webResources;
    private final PreviewUser user;

    PreviewTemplates(PluginWebResources webResources, PreviewUser user) {
        this.webResources = webResources;
        this.user = user;
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        VelocityTemplates.Rendered rendered = velocity.render(templateName, context);
        Document page = Jsoup.parse(rendered.html());
        writer.write(page.selectFirst("meta[name=decorator]") == null ? rendered.html()
                : decorated(page, rendered).outerHtml());
    }

    /** A fragment (a web panel), with the web resources it asks for, for the page that holds it to load. */
    VelocityTemplates.Rendered fragment(String templateName, Map<String, Object> context) {
        return velocity.render(templateName, context);
    }

    /** The stylesheet and script addresses of web resources, dependencies first. */
    List<String> urls(List<String> requiredResources) {
        return webResources.urls(requiredResources);
    }

    private Document decorated(Document page, VelocityTemplates.Rendered rendered) {
        Document framed = PreviewFrame.page(page.title(), webResources.urls(rendered.requiredResources()), user);
        Element panel = PreviewFrame.pagePanel(framed.body());
        page.body().childNodesCopy().forEach(panel::appendChild);
        return framed;
    }
}
