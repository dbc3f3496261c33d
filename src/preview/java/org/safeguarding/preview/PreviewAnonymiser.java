package org.safeguarding.preview;

import java.util.List;
import org.safeguarding.jira.records.CaseAnonymiser;

/**
 * Anonymises the preview's cases in memory, as Jira's adapter anonymises an issue (the preview keeps no comments,
 * attachments or change history). A case is closed when the preview's workflow has given it a resolution.
 */
record PreviewAnonymiser(PreviewCases cases, PreviewWorkflow workflow) implements CaseAnonymiser {
    @Override
    public boolean isClosed(String issueKey) {
        return workflow.resolutionOf(new PreviewIssue(issueKey, null)).isPresent();
    }

    /** The preview's cases have no sub-tasks. */
    @Override
    public List<String> subTaskKeys(String issueKey) {
        return List.of();
    }

    @Override
    public void anonymise(String issueKey, Markers markers) {
        cases.anonymise(issueKey, markers);
    }
}
