package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.JiraCaseValues;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.referral.Resolution;
import org.safeguarding.screening.Identified;

/** The issue a transition moves, read and written through the fields and resolutions set-up recorded. */
@Named
public class JiraWorkflowCaseAccess implements WorkflowCaseAccess {
    private final CustomFieldManager customFieldManager;
    private final SetupStore setupStore;

    @Inject
    public JiraWorkflowCaseAccess(CustomFieldManager customFieldManager, SetupStore setupStore) {
        this.customFieldManager = customFieldManager;
        this.setupStore = setupStore;
    }

    @Override
    public CaseValues valuesOf(Issue issue) {
        return new JiraCaseValues(issue, setupStore.load(), customFieldManager);
    }

    @Override
    public Optional<Resolution> resolutionOf(Issue issue) {
        return Optional.ofNullable(issue.getResolution())
                .flatMap(resolution -> setupStore.load().resolutionOf(resolution.getId()))
                .flatMap(id -> Identified.byId(Resolution.class, id));
    }

    @Override
    public void setDate(MutableIssue issue, String fieldKey, LocalDate date) {
        field(fieldKey).ifPresent(field -> issue.setCustomFieldValue(field, Timestamp.valueOf(date.atStartOfDay())));
    }

    @Override
    public Optional<String> fieldId(String fieldKey) {
        return setupStore.load().field(fieldKey);
    }

    private Optional<CustomField> field(String fieldKey) {
        return fieldId(fieldKey).map(customFieldManager::getCustomFieldObject);
    }
}
