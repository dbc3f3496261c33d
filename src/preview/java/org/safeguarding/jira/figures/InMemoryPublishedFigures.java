package org.safeguarding.jira.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The published years in memory, for the tests and the preview host: added once, never replaced. */
public final class InMemoryPublishedFigures implements PublishedFigures {
    private final List<Published> years = new ArrayList<>();

    @Override
    public synchronized List<Published> all() {
        return years.stream().sorted(Comparator.comparingInt(published -> published.figures().year())).toList();
    }

    @Override
    public synchronized void keep(Published published) {
        if (year(published.figures().year()).isEmpty()) {
            years.add(published);
        }
    }
}
