package org.safeguarding.jira.panel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.PersonConcerns;
import org.safeguarding.jira.chronology.ChronologyServlet;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.screening.PersonReference;

/**
 * The other concerns about the same person, by the organisation's number for them, that the viewer may see: a second
 * concern about a guest is read with the first in mind. Asked of Jira only when the case has a person reference.
 */
@Named
public class OtherConcernsLine {
    private final PersonConcerns concerns;
    private final Texts texts;

    @Inject
    public OtherConcernsLine(PersonConcerns concerns, Texts texts) {
        this.concerns = concerns;
        this.texts = texts;
    }

    /**
     * Puts otherConcerns (List of Maps: key, url, status, raised), otherConcernsSaid ("" when there are none), for a
     * lead of the case personChronologyUrl ("" otherwise), and personReferenceProblem ("" unless the reference is not
     * one).
     */
    void fill(Map<String, Object> panel, PanelView view, String base) {
        Optional<String> reference = view.lookup().screening().personReference();
        // Jira's own edit screen takes any text: a name there is named as the problem it is, and never searched for.
        boolean notOne = reference.flatMap(PersonReference::problem).isPresent();
        panel.put("personReferenceProblem", notOne ? texts.text("safeguarding.panel.person-reference.problem") : "");
        List<PersonConcerns.Other> others = reference.filter(typed -> !notOne)
                .map(typed -> concerns.others(view.key(), typed)).orElse(List.of());
        panel.put("otherConcerns", others.stream().map(other -> Map.of("key", other.key(),
                "url", base + "/browse/" + other.key(),
                "status", other.step().map(step -> texts.text(step.labelKey()))
                        .orElse(texts.text("safeguarding.panel.other-concerns.status-unknown")),
                "raised", texts.text("safeguarding.panel.other-concerns.raised", UkDates.day(other.raised()))))
                .toList());
        // The lead may read the person's whole story in one timeline; asked of Jira only when there is one.
        panel.put("personChronologyUrl", !others.isEmpty() && view.viewerLeads()
                ? base + ChronologyServlet.PATH + view.key() + ChronologyServlet.FOR_PERSON : "");
        String said = others.size() == 1 ? "one" : others.size() < PersonConcerns.MOST ? "some" : "at-least";
        panel.put("otherConcernsSaid", others.isEmpty() ? "" : texts.text("safeguarding.panel.other-concerns."
                + said, others.size()));
    }
}
