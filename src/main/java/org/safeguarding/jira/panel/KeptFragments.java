package org.safeguarding.jira.panel;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered fragments kept for the source they were made from (a directory, the explanations) and the viewer's locale.
 * A changed source is a new object (CachedDirectory is reset on every node when an admin changes it), so what was kept
 * for the old one is dropped with it; the number kept is bounded. Where Jira cannot say the viewer's locale nothing is
 * kept, as the words could differ.
 */
final class KeptFragments {
    /** More than the nations × ages × genders × languages one organisation meets; beyond it, start again. */
    private static final int MOST_KEPT = 256;

    private final TemplateRenderer renderer;
    private final LocaleResolver locales;
    private volatile Kept kept = new Kept(null);

    KeptFragments(TemplateRenderer renderer, LocaleResolver locales) {
        this.renderer = renderer;
        this.locales = locales;
    }

    /**
     * A fragment's HTML and a tag that changes whenever its bytes do, so a browser may ask whether it changed; the tag
     * is worked out when first asked for, and once for a fragment kept.
     */
    static final class Fragment {
        private final String html;
        private volatile String tag;

        Fragment(String html) {
            this.html = html;
        }

        String html() {
            return html;
        }

        String tag() {
            String known = tag;
            if (known == null) {
                try {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
                    known = HexFormat.of().formatHex(digest, 0, 16);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("Every Java has SHA-256", e);
                }
                tag = known;
            }
            return known;
        }
    }

    private record Kept(Object source, Map<ForViewer, Fragment> html) {
        Kept(Object source) {
            this(source, new ConcurrentHashMap<>());
        }
    }

    private record ForViewer(Object key, Locale locale) {
    }

    /** The fragment's HTML for the key, made from the source, rendered by {@code render} unless it was kept. */
    String html(Object source, Object key, Supplier<String> render) {
        return fragment(source, key, render).html();
    }

    /** The same as a fragment, whose tag a kept one works out once. */
    Fragment fragment(Object source, Object key, Supplier<String> render) {
        Kept current = kept;
        if (current.source() != source) {
            current = new Kept(source);
            kept = current;
        }
        Optional<Locale> locale = viewerLocale();
        if (locale.isEmpty()) {
            return new Fragment(render.get());
        }
        ForViewer forViewer = new ForViewer(key, locale.get());
        Fragment fragment = current.html().get(forViewer);
        if (fragment == null) {
            fragment = new Fragment(render.get());
            if (current.html().size() >= MOST_KEPT) {
                current.html().clear();
            }
            current.html().put(forViewer, fragment);
        }
        return fragment;
    }

    /** The template rendered as Jira renders the panel's own, escaping included. */
    String render(String template, Map<String, Object> context) {
        StringWriter html = new StringWriter();
        try {
            renderer.render(template, context, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private Optional<Locale> viewerLocale() {
        try {
            return Optional.ofNullable(locales.getLocale());
        } catch (RuntimeException | LinkageError cannotSay) {
            return Optional.empty();
        }
    }
}
