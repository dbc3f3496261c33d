package org.safeguarding.jira.panel;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.ExplanationTopic;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.NumberRuns;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceDirectory;
import org.safeguarding.resources.ResourceRules;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

/**
 * The resources panel's sections that depend on no case: the helplines and services for a nation, a child or an adult
 * and a gender, and the explanations for the person in a language for a nation, each in the viewer's language.
 * Rendering them was nearly all of the panel's cost, growing with the directory (ResourcesPanelBenchmark), so each is
 * rendered once and kept ({@link KeptFragments}) for the directory or explanations it came from. Nothing from a case
 * is kept: only which services and which explanations apply.
 */
@Named
public class SharedSections {
    static final String SERVICES = "templates/panel/services.vm";
    static final String EXPLANATIONS = "templates/panel/explanations.vm";

    private final KeptFragments services;
    private final KeptFragments explained;
    private final Texts texts;

    @Inject
    public SharedSections(TemplateRenderer renderer, LocaleResolver locales, Texts texts) {
        this.services = new KeptFragments(renderer, locales);
        this.explained = new KeptFragments(renderer, locales);
        this.texts = texts;
    }

    /**
     * What the explanations' words depend on: which translation is shown (not the language as the case records it,
     * which is the worker's own words and stays with the case), whether it is theirs, and the nation.
     */
    private record ExplanationsKey(String shown, boolean inTheirLanguage, boolean languageRecorded,
                                   Optional<Nation> nation) {
    }

    /** The services section's HTML, escaped as Jira escapes a template, for the panel to insert as it is. */
    public String services(ResourceDirectory directory, Optional<Nation> nation, boolean child,
                           Optional<Gender> gender) {
        return servicesSection(directory, ServicesFor.of(nation, child, gender)).html();
    }

    /** The same with the tag a browser may revalidate it by. */
    KeptFragments.Fragment servicesSection(ResourceDirectory directory, ServicesFor wanted) {
        Optional<Nation> nation = wanted.nation();
        boolean child = wanted.child();
        Optional<Gender> gender = wanted.gender();
        return services.fragment(directory, wanted, () -> services.render(SERVICES,
                Map.of("servicesFor", nation.map(value -> texts.text("safeguarding.panel.services-for",
                                texts.text(value.labelKey()))).orElse(texts.text("safeguarding.panel.services-for-all")),
                        "groups", groups(directory.forCase(nation, child, gender)))));
    }

    /**
     * The explanations section's HTML: the explanations in their language where there is one, with the English beside
     * a translation so the worker reading it out knows what each paragraph says.
     */
    public String explanations(Explanations explanations, Optional<String> language, Optional<Nation> nation) {
        Explanations.Choice choice = explanations.forLanguage(language);
        return explained.html(explanations, new ExplanationsKey(choice.explanation().tag(), choice.inTheirLanguage(),
                language.isPresent(), nation), () -> explained.render(EXPLANATIONS,
                explanationsContext(explanations, choice, language.isPresent(), nation)));
    }

    private Map<String, Object> explanationsContext(Explanations explanations, Explanations.Choice choice,
                                                    boolean languageRecorded, Optional<Nation> nation) {
        Explanation explanation = choice.explanation();
        Optional<Explanation> english = Optional.of(explanations.english())
                .filter(inEnglish -> !inEnglish.tag().equals(explanation.tag()));
        return Map.of("explanationLang", explanation.tag(), "explanationDir", explanation.direction(),
                "explanationIn", choice.inTheirLanguage()
                        ? texts.text("safeguarding.panel.explain.in-their-language", explanation.name())
                        : texts.text(languageRecorded ? "safeguarding.panel.explain.in-english"
                        : "safeguarding.panel.explain.no-language"),
                "explanationUnchecked", explanation.unchecked(),
                "explanations", Arrays.stream(ExplanationTopic.values()).map(topic -> {
                    String text = explanation.shownText(topic, nation);
                    String inEnglish = english.map(translated -> translated.shownText(topic, nation)).orElse("");
                    return Map.of("title", texts.text(topic.labelKey()), "text", text, "parts", parts(text),
                            "english", inEnglish, "englishParts", parts(inEnglish));
                }).toList());
    }

    /** The text cut around its phone numbers, which the template keeps each on one line. */
    private static List<Map<String, Object>> parts(String text) {
        return NumberRuns.split(text).stream().map(run -> Map.<String, Object>of("text", run.text(),
                "number", run.number())).toList();
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
