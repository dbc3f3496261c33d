package org.safeguarding.check;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the plugin's templates with real Apache Velocity as Jira's TemplateRenderer would: from the plugin's
 * resources, given only what Jira reliably gives a plugin template ({@code $i18n}, answering from our properties
 * file; docs/compatibility.md, "What a template is given") and what the caller passes, with Jira's automatic HTML
 * escaping of every reference except those Jira's velocity-htmlsafe trusts ({@link #isUnescaped}). Strict
 * references: a template that names anything else, {@code $webResourceManager} included, fails the test.
 */
public final class VelocityTemplates {
    private static final String HTML = "html";
    /** The names velocity-htmlsafe leaves unescaped whatever they end in. */
    private static final Set<String> SAFE_NAMES = Set.of("body", "head", "xHtmlContent");
    /** Jira's five characters and their entities, exactly: Guava's escaper makes the same choice of each. */
    private static final Escaper JIRA_ESCAPING = HtmlEscapers.htmlEscaper();
    private static final Properties MESSAGES = loadMessages();

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityTemplates() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        // Parsed once, as Jira's renderer keeps them: templates do not change while the tests run.
        engine.setProperty("classpath.resource.loader.cache", true);
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        try {
            engine.init();
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
    }

    /** The output of one template. */
    public record Rendered(String html) {
    }

    public Rendered render(String template, Map<String, Object> context) {
        Map<String, Object> full = new HashMap<>(context);
        full.put("i18n", new I18n());
        StringWriter out = new StringWriter();
        VelocityContext velocityContext = new VelocityContext(full);
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new JiraHtmlEscaping());
        events.attachToContext(velocityContext);
        try {
            engine.mergeTemplate(template, "UTF-8", velocityContext, out);
        } catch (Exception e) {
            throw new AssertionError("template " + template + " did not render: " + e.getMessage(), e);
        }
        return new Rendered(out.toString());
    }

    /** The English text of an i18n key, formatted as Jira formats it. */
    public static String text(String key, Object... arguments) {
        String pattern = MESSAGES.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("i18n key " + key + " is not defined");
        }
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    private static Properties loadMessages() {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(VelocityTemplates.class.getResourceAsStream(
                "/i18n/safeguarding.properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    /**
     * Jira's automatic escaping (dc-app-requirements.md, "Velocity XSS"): every reference's output is HTML-escaped,
     * except translations and references whose name ends in "Html". Escaped as Jira's velocity-htmlsafe escapes
     * (its {@code HtmlEntities.encode}): the five characters that can end a text or an attribute, {@code & < > " '},
     * become {@code &amp; &lt; &gt; &quot; &#39;}, and every other character stays as it is, whatever its script.
     */
    private static final class JiraHtmlEscaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            return value == null || isUnescaped(reference) ? value : escaped(value.toString());
        }
    }

    /** A text as a page shows it through a reference: escaped as Jira escapes it. */
    public static String escaped(String text) {
        return JIRA_ESCAPING.escape(text);
    }

    /**
     * Whether Jira leaves the reference ($name, $!name, ${name}, $name.method(...)) unescaped, as velocity-htmlsafe
     * decides (dc-app-requirements.md, "Velocity XSS"): a translation; a name alone that ends in "Html" or is one of
     * {@code body}, {@code head} and {@code xHtmlContent}; or the result of a method whose name ends in "Html" or
     * starts with "render" or "getRender". A value read from a Map ({@code $action.linkHtml}) is {@code Map.get}'s,
     * and escaped: a template is given only Strings, booleans, Lists and Maps. Read character by character:
     * regular expressions here cost more than much of the rendering they escape (issue 19).
     */
    static boolean isUnescaped(String reference) {
        int start = 0;
        while (start < reference.length() && "$!{".indexOf(reference.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < reference.length() && reference.charAt(end) != '(' && reference.charAt(end) != '}') {
            end++;
        }
        String name = reference.substring(start, end);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return endsWithHtml(name) || SAFE_NAMES.contains(name);
        }
        String member = name.substring(dot + 1);
        boolean called = end < reference.length() && reference.charAt(end) == '(';
        return name.startsWith("i18n.") || called && (endsWithHtml(member) || member.startsWith("render")
                || member.startsWith("getRender"));
    }

    private static boolean endsWithHtml(String name) {
        return name.regionMatches(true, name.length() - HTML.length(), HTML, 0, HTML.length());
    }

    /** Stands in for SAL's I18nResolver, which the TemplateRenderer puts in every context as $i18n. */
    public static final class I18n {
        public String getText(String key) {
            return text(key);
        }

        public String getText(String key, Object... arguments) {
            return text(key, arguments);
        }
    }
}
