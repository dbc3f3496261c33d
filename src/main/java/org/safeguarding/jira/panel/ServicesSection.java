package org.safeguarding.jira.panel;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.web.Texts;
import org.safeguarding.jira.web.UkDates;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceDirectory;
import org.safeguarding.resources.ResourceRules;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

/**
 * The resources panel's services section: the helplines and services for a nation, a child or an adult and a gender,
 * in the viewer's language. It depends on no case, and rendering it is nearly all of the panel's cost, growing with the
 * directory (ResourcesPanelBenchmark), so each is rendered once and kept for the directory it came from. A changed
 * directory is a new one (CachedDirectory, reset on every node when an admin changes it), so what was kept for the old
 * one is dropped with it. Nothing from a case is kept: only which services apply.
 */
@Named
public class ServicesSection {
    static final String TEMPLATE = "templates/panel/services.vm";
    /** More than the nations × ages × genders × languages one organisation meets; beyond it, start again. */
    private static final int MOST_KEPT = 256;

    private final TemplateRenderer renderer;
    private final LocaleResolver locales;
    private final Texts texts;
    private volatile Kept kept = new Kept(null);

    @Inject
    public ServicesSection(TemplateRenderer renderer, LocaleResolver locales, Texts texts) {
        this.renderer = renderer;
        this.locales = locales;
        this.texts = texts;
    }

    /** Which services apply, and to whom they are shown: everything the section's words depend on. */
    private record Key(Optional<Nation> nation, boolean child, Optional<Gender> gender, Locale locale) {
    }

    /** The sections rendered from one directory. */
    private record Kept(ResourceDirectory directory, Map<Key, String> html) {
        Kept(ResourceDirectory directory) {
            this(directory, new ConcurrentHashMap<>());
        }
    }

    /** The section's HTML, escaped as Jira escapes a template, for the panel to insert as it is. */
    public String html(ResourceDirectory directory, Optional<Nation> nation, boolean child, Optional<Gender> gender) {
        Kept current = kept;
        if (current.directory() != directory) {
            current = new Kept(directory);
            kept = current;
        }
        Optional<Locale> locale = viewerLocale();
        if (locale.isEmpty()) {
            return render(directory.forCase(nation, child, gender), nation);
        }
        Key key = new Key(nation, child, gender, locale.get());
        String html = current.html().get(key);
        if (html == null) {
            html = render(directory.forCase(nation, child, gender), nation);
            if (current.html().size() >= MOST_KEPT) {
                current.html().clear();
            }
            current.html().put(key, html);
        }
        return html;
    }

    /** The viewer's locale; none where Jira cannot say, and then nothing is kept, as the words could differ. */
    private Optional<Locale> viewerLocale() {
        try {
            return Optional.ofNullable(locales.getLocale());
        } catch (RuntimeException | LinkageError cannotSay) {
            return Optional.empty();
        }
    }

    private String render(List<Resource> services, Optional<Nation> nation) {
        StringWriter html = new StringWriter();
        try {
            renderer.render(TEMPLATE, Map.of("servicesFor", nation.map(value -> texts.text(
                    "safeguarding.panel.services-for", texts.text(value.labelKey())))
                    .orElse(texts.text("safeguarding.panel.services-for-all")), "groups", groups(services)), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    /**
     * The services under their category's heading, in the directory's order. Entries checked on the same day share
     * one formatted "last checked" line: formatting a message is the costliest step per entry.
     */
    private List<Map<String, Object>> groups(List<Resource> services) {
        Map<ResourceCategory, List<Map<String, String>>> byCategory = new LinkedHashMap<>();
        Map<LocalDate, String> checkedOn = new HashMap<>();
        for (Resource service : services) {
            String checked = checkedOn.computeIfAbsent(service.verifiedOn(),
                    day -> texts.text("safeguarding.panel.checked", UkDates.day(day)));
            byCategory.computeIfAbsent(service.category(), category -> new ArrayList<>())
                    .add(service(service, checked));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byCategory.forEach((category, entries) -> groups.add(Map.of(
                "name", texts.text(category.labelKey()), "services", entries)));
        return groups;
    }

    private static Map<String, String> service(Resource service, String checked) {
        Map<String, String> shown = new HashMap<>();
        shown.put("name", service.name());
        shown.put("phone", orEmpty(service.phone()));
        shown.put("dial", service.phone() == null ? "" : "tel:" + service.phone().replace(" ", ""));
        shown.put("url", ResourceRules.linkable(service.url()).orElse(""));
        shown.put("notes", orEmpty(service.notes()));
        shown.put("languages", String.join(", ", service.languages()));
        shown.put("checked", checked);
        return shown;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
