package org.safeguarding.preview;

import org.safeguarding.jira.web.CaseAnonymiser;

/**
 * Anonymises the preview's cases in memory, as Jira's adapter anonymises an issue (the preview keeps no comments,
 * attachments or change history). A case is closed when the preview's workflow has given it a resolution.
 */
record PreviewAnonymiser(PreviewCases cases, PreviewWorkflow workflow) implements CaseAnonymiser {
    @Override
    public boolean isClosed(String issueKey) {
        return workflow.resolutionOf(new PreviewIssue(issueKey, null)).isPresent();
    }

    @Override
    public void anonymise(String issueKey, Markers markers) {
        cases.anonymise(issueKey, markers);
    }
}
