package org.safeguarding.screening;

import java.util.List;

/**
 * Two recorded answers that cannot both be right. The assessment reports them rather than picking one, and, where
 * age is in doubt, treats the person as a child.
 *
 * @param kind     which answers disagree; its words are the i18n key {@code safeguarding.contradiction.<id>}
 * @param triggers the answers involved
 */
public record Contradiction(Kind kind, List<Trigger> triggers) {
    public Contradiction {
        triggers = List.copyOf(triggers);
    }

    /** The kinds of contradiction the assessment recognises. */
    public enum Kind implements Identified {
        ADULT_BORN_UNDER_18("adult-born-under-18"),
        CHILD_BORN_18_OR_OVER("child-born-18-or-over"),
        CHILD_NOT_UNDER_18_WHEN_EXPLOITED("child-not-under-18-when-exploited"),
        SIGN_CONTRADICTS_ANSWER("sign-contradicts-answer"),
        ANSWERS_DISAGREE("answers-disagree");

        private final String id;
        private final String labelKey;

        Kind(String id) {
            this.id = id;
            this.labelKey = "safeguarding.contradiction." + id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }
    }
}
