package org.safeguarding.check;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mockito.ArgumentCaptor;

/**
 * A servlet's page as a person gets it: the context the servlet gave Jira's template renderer (a mock), rendered by
 * real Velocity with only what Jira gives, then parsed.
 */
public final class RenderedPages {
    private static final VelocityTemplates VELOCITY = new VelocityTemplates();

    private RenderedPages() {
    }

    /** The page the servlet rendered once with this template. */
    public static Document page(TemplateRenderer renderer, String template) throws Exception {
        return Jsoup.parse(html(renderer, template));
    }

    /** The same page's HTML as Velocity wrote it, for what only the markup shows. */
    public static String html(TemplateRenderer renderer, String template) throws Exception {
        return VELOCITY.render(template, context(renderer, template)).html();
    }

    /** What the servlet gave Jira's renderer for the template, rendered once. */
    public static Map<String, Object> context(TemplateRenderer renderer, String template) throws Exception {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(template), context.capture(), any());
        return context.getValue();
    }
}
