package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ExplanationsTest {
    private final Explanations explanations = new Explanations(List.of(
            language("en", "English"), language("sq", "Albanian")));

    @Test
    public void forLanguage_shouldUseTheLanguageRecordedOnTheCaseByNameOrTag() {
        for (String recorded : new String[] {"Albanian", " albanian ", "sq"}) {
            Explanations.Choice choice = explanations.forLanguage(Optional.of(recorded));

            assertThat(recorded, choice.explanation().tag(), equalTo("sq"));
            assertThat(choice.inTheirLanguage(), is(true));
        }
    }

    @Test
    public void forLanguage_shouldFallBackOnEnglishSayingItIsNotTheirs() {
        Explanations.Choice tigrinya = explanations.forLanguage(Optional.of("Tigrinya"));
        Explanations.Choice none = explanations.forLanguage(Optional.empty());

        assertThat(tigrinya.explanation().tag(), equalTo("en"));
        assertThat(tigrinya.inTheirLanguage(), is(false));
        assertThat(none.explanation().tag(), equalTo("en"));
        assertThat(explanations.forLanguage(Optional.of("English")).inTheirLanguage(), is(true));
    }

    @Test
    public void explanations_shouldRefuseASetWithoutEnglish() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new Explanations(List.of(language("sq", "Albanian"))));

        assertThat(refused.getMessage(), containsString("need English"));
    }

    @Test
    public void shipped_shouldExplainEveryTopicInEnglishMarkedUnreviewedUntilAPersonChecksIt() {
        Explanation english = Explanations.shipped().forLanguage(Optional.empty()).explanation();

        assertThat(english.texts().size(), is(ExplanationTopic.values().length));
        assertThat(english.reviewed(), is(false));
        assertThat(english.texts().get(ExplanationTopic.RIGHTS), containsString("08000 121 700"));
    }

    private static Explanation language(String tag, String name) {
        Map<ExplanationTopic, String> texts = new EnumMap<>(ExplanationTopic.class);
        for (ExplanationTopic topic : ExplanationTopic.values()) {
            texts.put(topic, name + " " + topic.id());
        }
        return new Explanation(tag, name, false, name + " title", texts);
    }
}
