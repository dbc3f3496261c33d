package org.safeguarding.resources;

import java.util.Map;

/**
 * The explanations in one language.
 *
 * @param tag      the language's tag (BCP 47), for the page's lang attribute so screen readers pronounce it right
 * @param name     the language's English name, as workers record it on the case
 * @param reviewed whether a person fluent in it has checked this translation
 * @param title    the heading of the handout the person takes away
 * @param texts    one text per topic
 */
public record Explanation(String tag, String name, boolean reviewed, String title,
                          Map<ExplanationTopic, String> texts) {
    public Explanation {
        texts = Map.copyOf(texts);
    }
}
