package org.safeguarding.resources;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The explanations in one language.
 *
 * @param tag        the language's tag (BCP 47), for the page's lang attribute so screen readers pronounce it right
 * @param name       the language's English name, as workers record it on the case
 * @param otherNames other names workers use for it ("Mandarin" for Chinese)
 * @param reviewed   whether a person fluent in it has checked this translation
 * @param title      the heading of the handout the person takes away
 * @param texts      one text per topic
 */
public record Explanation(String tag, String name, List<String> otherNames, boolean reviewed, String title,
                          Map<ExplanationTopic, String> texts) {
    /** Languages written right to left, by their primary subtag. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ps", "ur");

    public Explanation {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        texts = Map.copyOf(texts);
    }

    /** The text direction, for the dir attribute: "rtl" for Arabic and the like, else "ltr". */
    public String direction() {
        return RIGHT_TO_LEFT.contains(tag.split("-")[0]) ? "rtl" : "ltr";
    }

    boolean isCalled(String wanted) {
        return wanted.equalsIgnoreCase(tag) || wanted.equalsIgnoreCase(name)
                || otherNames.stream().anyMatch(wanted::equalsIgnoreCase);
    }
}
