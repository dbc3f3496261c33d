package org.safeguarding.check;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Jira's TemplateRenderer as a context provider meets it, rendering one fragment with real Velocity, Jira's escaping
 * and {@code $i18n}: for the preview host, the tests and the benchmarks.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityTemplates velocity = new VelocityTemplates();

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        writer.write(velocity.render(templateName, context).html());
    }
}
