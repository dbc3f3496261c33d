package org.safeguarding.jira.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.Identified;

/**
 * The "Safeguarding referral" workflow XML shipped in the app, made ready for this Jira: each step's
 * {@code ${status:<step>}} placeholder becomes the id of the Jira status set-up made or found for it.
 */
final class WorkflowDefinition {
    static final String RESOURCE = "/workflow/safeguarding-referral.xml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{status:([a-z-]+)}");
    private static final Pattern STATUS_ID = Pattern.compile("\\d+");

    private WorkflowDefinition() {
    }

    /**
     * @param statusIds Jira's status id for every step
     * @throws IllegalArgumentException when a step has no status id, or one that is not a Jira id
     */
    static String withStatuses(Map<ReferralStep, String> statusIds) {
        Matcher placeholders = PLACEHOLDER.matcher(xml());
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            String stepId = placeholders.group(1);
            String statusId = Identified.byId(ReferralStep.class, stepId).map(statusIds::get).orElse(null);
            if (statusId == null || !STATUS_ID.matcher(statusId).matches()) {
                throw new IllegalArgumentException("no Jira status id for the workflow step " + stepId + ": "
                        + statusId);
            }
            placeholders.appendReplacement(filled, statusId);
        }
        placeholders.appendTail(filled);
        return filled.toString();
    }

    private static String xml() {
        try (InputStream in = WorkflowDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the app is missing its workflow " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
