package org.safeguarding.screening;

/** One thing to do next, why, and which answers led to it. */
public record Recommendation(Action action, Finding why) {
    public Recommendation {
        if (action == null || why == null) {
            throw new IllegalArgumentException("a recommendation needs an action and its reason");
        }
    }
}
