package org.safeguarding.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Renders one of our pages the way Jira's own pages are built: its web resource is required through Jira's page
 * builder first, then the template renders, and the decorator emits the resource. No template requires anything
 * itself: {@code $webResourceManager} did nothing in a template on a live Jira 10.3 (docs/compatibility.md).
 */
@Named
public class PageTemplates {
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;

    @Inject
    public PageTemplates(TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    public void render(String template, PageResource resource, Map<String, Object> context, Writer out)
            throws IOException {
        pageBuilder.assembler().resources().requireWebResource(resource.completeKey());
        renderer.render(template, context, out);
    }
}
