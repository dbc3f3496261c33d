package org.safeguarding.jira.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.Figures;

/**
 * The years whose figures a lead has published, each kept exactly as it was published: a year's figures are never
 * worked out again, so no reader can set two versions side by side and see one person's case in the difference.
 */
public interface PublishedFigures {
    /** A year's figures as published, and the day. */
    record Published(Figures.Year figures, LocalDate on) {
    }

    /** Every published year, oldest first. */
    List<Published> all();

    default Optional<Published> year(int year) {
        return all().stream().filter(published -> published.figures().year() == year).findFirst();
    }

    /** Keeps a year's figures; a year already published is not replaced. */
    void keep(Published published);
}
