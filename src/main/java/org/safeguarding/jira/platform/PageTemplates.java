package org.safeguarding.jira.platform;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;

/**
 * Renders one of our pages the way Jira's own pages are built: its web resource is required through Jira's page
 * builder first, then the template renders, and the decorator emits the resource. No template requires anything
 * itself: {@code $webResourceManager} did nothing in a template on a live Jira 10.3 (docs/compatibility.md). A page
 * that would reach a part of Jira's API this Jira lacks is switched off first, with the reason.
 */
@Named
public class PageTemplates {
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final SelfCheck selfCheck;
    private final Texts texts;

    @Inject
    public PageTemplates(TemplateRenderer renderer, PageBuilderService pageBuilder, SelfCheck selfCheck, Texts texts) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.selfCheck = selfCheck;
        this.texts = texts;
    }

    /**
     * Whether the page is switched off because the self-check found that this Jira lacks a part of its API the page
     * could reach; if so it has answered 503 with the reason, and the page must do nothing more.
     */
    public boolean switchedOff(HttpServlet page, HttpServletResponse response) throws IOException {
        Optional<String> why = SelfCheckWords.switchedOff(selfCheck.missingFor(page.getClass()), texts);
        if (why.isPresent()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, why.get());
        }
        return why.isPresent();
    }

    public void render(String template, PageResource resource, Map<String, Object> context, Writer out)
            throws IOException {
        pageBuilder.assembler().resources().requireWebResource(resource.completeKey());
        renderer.render(template, context, out);
    }
}
