package org.safeguarding.jira.figures;

import java.util.List;
import java.util.Set;
import org.safeguarding.referral.Figures;

/** The cases in some projects that the current user may see, as the figures count them. */
public interface ProjectFigures {
    /** @throws CaseFigures.Unavailable when Jira cannot search now: no figures beat wrong ones */
    List<Figures.CaseFacts> factsIn(Set<String> projectKeys) throws CaseFigures.Unavailable;
}
