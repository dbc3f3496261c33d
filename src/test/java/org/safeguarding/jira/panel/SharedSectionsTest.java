package org.safeguarding.jira.panel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplateRenderer;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceDirectory;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

public class SharedSectionsTest {
    private static final List<Locale> LOCALES = List.of(Locale.UK, Locale.forLanguageTag("cy-GB"));

    private final ResourceDirectory shipped = DefaultDirectory.load();
    private final CountingRenderer renderer = new CountingRenderer();
    private final AtomicReference<Locale> viewerLocale = new AtomicReference<>(Locale.UK);
    private final SharedSections kept = new SharedSections(renderer, viewerLocale::get, new PropertiesTexts());

    /** Every nation (and none) × child or adult × every gender (and none) × two locales: kept equals fresh. */
    @Test
    public void html_shouldBeTheSameBytesKeptAsRenderedAfresh() {
        for (Locale locale : LOCALES) {
            viewerLocale.set(locale);
            for (Optional<Nation> nation : nations()) {
                for (boolean child : new boolean[] {true, false}) {
                    for (Optional<Gender> gender : genders()) {
                        String first = kept.services(shipped, nation, child, gender);
                        String again = kept.services(shipped, nation, child, gender);
                        String fresh = new SharedSections(new VelocityTemplateRenderer(), viewerLocale::get,
                                new PropertiesTexts()).services(shipped, nation, child, gender);

                        String where = nation + " child=" + child + " " + gender + " " + locale;
                        assertThat(where, again, is(fresh));
                        assertThat(where, first, is(fresh));
                    }
                }
            }
        }
        assertThat("each combination rendered once", renderer.renders,
                is(LOCALES.size() * nations().size() * 2 * genders().size()));
    }

    /** Every language the case may record (and none, and one with no translation) × every nation × two locales. */
    @Test
    public void explanations_shouldBeTheSameBytesKeptAsRenderedAfresh() {
        Explanations explanations = Explanations.shipped();
        List<Optional<String>> languages = new ArrayList<>(List.of(Optional.empty(), Optional.of("Kurdish")));
        explanations.languages().forEach(language -> languages.add(Optional.of(language.name())));
        for (Locale locale : LOCALES) {
            viewerLocale.set(locale);
            for (Optional<String> language : languages) {
                for (Optional<Nation> nation : nations()) {
                    String first = kept.explanations(explanations, language, nation);
                    String again = kept.explanations(explanations, language, nation);
                    String fresh = new SharedSections(new VelocityTemplateRenderer(), viewerLocale::get,
                            new PropertiesTexts()).explanations(explanations, language, nation);

                    String where = language + " " + nation + " " + locale;
                    assertThat(where, again, is(fresh));
                    assertThat(where, first, is(fresh));
                }
            }
        }
        // Kurdish, with no translation yet, is shown the English as no recorded language is, but said differently.
        assertThat("each translation shown rendered once", renderer.renders,
                is(LOCALES.size() * languages.size() * nations().size()));
    }

    @Test
    public void explanations_shouldKeepOneSectionForEveryWayACaseRecordsTheSameLanguage() {
        Explanations explanations = Explanations.shipped();

        String arabic = kept.explanations(explanations, Optional.of("Arabic"), Optional.empty());
        String lowerCase = kept.explanations(explanations, Optional.of("arabic"), Optional.empty());

        assertThat(lowerCase, is(arabic));
        assertThat("the case's own words for the language are not what is kept", renderer.renders, is(1));
    }

    @Test
    public void html_shouldShowEachNationAndAgeItsOwnServices() {
        String scottishChild = kept.services(shipped, Optional.of(Nation.SCOTLAND), true, Optional.empty());
        String englishAdult = kept.services(shipped, Optional.of(Nation.ENGLAND), false, Optional.empty());

        assertThat(scottishChild, containsString("Services for Scotland"));
        assertThat(englishAdult, containsString("Services for England"));
        assertThat(scottishChild, not(is(englishAdult)));
    }

    @Test
    public void html_shouldRenderAgainForAnotherDirectoryAndForgetTheOldOne() {
        kept.services(shipped, Optional.of(Nation.WALES), false, Optional.empty());
        List<Resource> entries = new ArrayList<>(shipped.entries());
        Resource first = entries.get(0);
        entries.set(0, new Resource(first.id(), "A renamed line", first.phone(), first.url(), first.nations(),
                first.audience(), first.category(), first.languages(), first.verifiedOn(), first.source(),
                first.notes(), first.retired(), first.genders()));

        String changed = kept.services(new ResourceDirectory(entries), Optional.of(Nation.WALES), false, Optional.empty());

        assertThat(changed, containsString("A renamed line"));
        assertThat(renderer.renders, is(2));
        kept.services(shipped, Optional.of(Nation.WALES), false, Optional.empty());
        assertThat("the first directory's section was not kept", renderer.renders, is(3));
    }

    @Test
    public void html_shouldRenderAgainForAViewerInAnotherLanguage() {
        kept.services(shipped, Optional.of(Nation.ENGLAND), false, Optional.empty());
        viewerLocale.set(Locale.forLanguageTag("cy-GB"));
        kept.services(shipped, Optional.of(Nation.ENGLAND), false, Optional.empty());

        assertThat(renderer.renders, is(2));
    }

    @Test
    public void html_shouldRenderEachTimeAndKeepNothingWhenJiraCannotSayTheViewersLanguage() {
        SharedSections section = new SharedSections(renderer, () -> {
            throw new NoSuchMethodError("getLocale");
        }, new PropertiesTexts());

        String first = section.services(shipped, Optional.of(Nation.ENGLAND), false, Optional.empty());
        String again = section.services(shipped, Optional.of(Nation.ENGLAND), false, Optional.empty());

        assertThat(again, is(first));
        assertThat(first, containsString("Services for England"));
        assertThat(renderer.renders, is(2));
    }

    @Test
    public void html_shouldEscapeWhatAnAdministratorTyped() {
        List<Resource> entries = new ArrayList<>(shipped.entries());
        Resource first = entries.get(0);
        entries.set(0, new Resource(first.id(), "<script>alert(1)</script>", first.phone(), first.url(),
                first.nations(), first.audience(), first.category(), first.languages(), first.verifiedOn(),
                first.source(), first.notes(), first.retired(), first.genders()));

        String html = kept.services(new ResourceDirectory(entries), Optional.empty(), false, Optional.empty());

        assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(html, not(containsString("<script>")));
    }

    private static List<Optional<Nation>> nations() {
        List<Optional<Nation>> nations = new ArrayList<>(List.of(Optional.empty()));
        for (Nation nation : Nation.values()) {
            nations.add(Optional.of(nation));
        }
        return nations;
    }

    private static List<Optional<Gender>> genders() {
        List<Optional<Gender>> genders = new ArrayList<>(List.of(Optional.empty()));
        for (Gender gender : Gender.values()) {
            genders.add(Optional.of(gender));
        }
        return genders;
    }

    /** Jira's renderer, counting how often the section is rendered rather than taken from what was kept. */
    private static final class CountingRenderer implements TemplateRenderer {
        private final VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();
        private int renders;

        @Override
        public void render(String templateName, Writer writer) throws IOException {
            render(templateName, Map.of(), writer);
        }

        @Override
        public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
            renders++;
            velocity.render(templateName, context, writer);
        }
    }
}
