package org.safeguarding.jira.host;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyType;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.web.LeadsToldRecords;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.screening.Identified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest telling of a case's leads, as a JSON property of its issue: it stays with the case, goes when the case is
 * anonymised, and is read with the issue by key, with no search through its comments. It holds no personal data of
 * the person the case is about, only what happened, when, and the leads' names. Recording it must never stop the
 * transition that told them, and a Jira without the property API shows no time but keeps working.
 */
@Named
public class JiraLeadsTold implements LeadsToldRecords {
    static final String KEY = "org.safeguarding.leads-told";
    private static final String ISSUES = EntityPropertyType.ISSUE_PROPERTY.getDbEntityName();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(JiraLeadsTold.class);

    private final JsonEntityPropertyManager properties;
    private final IssueManager issues;

    @Inject
    public JiraLeadsTold(JsonEntityPropertyManager properties, IssueManager issues) {
        this.properties = properties;
        this.issues = issues;
    }

    /** Replaces the case's latest telling with this one. */
    public void record(Issue issue, LeadsTold told) {
        ToldJson json = new ToldJson();
        json.alert = told.alert().id();
        json.at = told.at().toString();
        json.leads = told.leads();
        try {
            properties.put(ISSUES, issue.getId(), KEY, JSON.writeValueAsString(json));
        } catch (JsonProcessingException | RuntimeException | LinkageError e) {
            LOG.warn("Could not record on {} when its leads were told", issue.getKey(), e);
        }
    }

    @Override
    public Optional<LeadsTold> latest(String caseKey) {
        try {
            Issue issue = issues.getIssueObject(caseKey);
            EntityProperty stored = issue == null ? null : properties.get(ISSUES, issue.getId(), KEY);
            if (stored == null) {
                return Optional.empty();
            }
            ToldJson json = JSON.readValue(stored.getValue(), ToldJson.class);
            return Identified.byId(LeadAlert.class, json.alert)
                    .map(alert -> new LeadsTold(alert, Instant.parse(json.at), json.leads));
        } catch (JsonProcessingException | RuntimeException | LinkageError e) {
            LOG.warn("Could not read on {} when its leads were told", caseKey, e);
            return Optional.empty();
        }
    }

    /** A telling as stored. */
    static final class ToldJson {
        public String alert;
        public String at;
        public List<String> leads = new ArrayList<>();
    }
}
