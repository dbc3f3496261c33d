package org.safeguarding.preview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safeguarding.jira.connections.CaseLinks;
import org.safeguarding.jira.platform.Texts;

/**
 * Jira's issue links as the preview keeps them: every two cases a lead linked, with the link type set-up makes in
 * Jira, each pair once whichever way round; shown on the preview's case page where Jira shows a case's issue links.
 */
final class PreviewCaseLinks implements CaseLinks {
    private final Set<List<String>> pairs = new LinkedHashSet<>();
    private final Texts texts;

    PreviewCaseLinks(Texts texts) {
        this.texts = texts;
    }

    @Override
    public synchronized Linked linkEachPair(List<String> caseKeys) {
        List<String> linked = new ArrayList<>();
        int already = 0;
        for (int i = 0; i < caseKeys.size(); i++) {
            for (int j = i + 1; j < caseKeys.size(); j++) {
                String from = caseKeys.get(i);
                String to = caseKeys.get(j);
                if (pairs.contains(List.of(from, to)) || pairs.contains(List.of(to, from))) {
                    already++;
                } else {
                    pairs.add(List.of(from, to));
                    linked.add(texts.text("safeguarding.connections.link.pair", from, to));
                }
            }
        }
        return new Linked(linked, already, List.of());
    }

    /** The cases linked to this one, in the order they were linked. */
    synchronized List<String> linkedTo(String caseKey) {
        List<String> others = new ArrayList<>();
        pairs.forEach(pair -> {
            if (pair.get(0).equals(caseKey)) {
                others.add(pair.get(1));
            } else if (pair.get(1).equals(caseKey)) {
                others.add(pair.get(0));
            }
        });
        return others;
    }
}
