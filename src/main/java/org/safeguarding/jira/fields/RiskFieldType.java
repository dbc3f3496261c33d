package org.safeguarding.jira.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.SortableCustomField;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.StatusSteps;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.RiskLevel;

/**
 * The read-only "Safeguarding risk" field: the assessment's risk level at the case's status (as the panel shows it:
 * Immediate danger while the case is in that status), calculated from the case's own fields whenever Jira shows or
 * indexes the issue, so boards, filters, the leads' lists and JQL ({@code "Safeguarding risk" = high}) always agree
 * with the panel. Its value is the level's id; the view template shows its words. It sorts by seriousness
 * (immediate danger first), not by the ids' spelling. Jira indexes it when a case changes; {@link RiskReindexJob}
 * indexes every case again when the settings or the calendar change what it would say.
 */
@Named
public class RiskFieldType extends CalculatedCFType<String, String> implements SortableCustomField<String> {
    private final JiraCaseReader reader;
    private final OrganisationSettings settings;
    private final Clock clock;

    @Inject
    public RiskFieldType(JiraCaseReader reader, OrganisationSettings settings, Clock clock) {
        this.reader = reader;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String getValueFromIssue(CustomField field, Issue issue) {
        // At its status, as the panel says: a case moved to Immediate danger is in danger now, whatever its answers.
        return reader.read(issue).map(screening -> StatusSteps.levelAt(reader.progress(issue).map(CaseProgress::step),
                Assessor.assess(screening, settings.organisation(), LocalDate.now(clock))).id()).orElse(null);
    }

    @Override
    public String getStringFromSingularObject(String level) {
        return level;
    }

    /** Most serious first: immediate danger, high, medium, low, then not enough information. */
    @Override
    public int compare(String level1, String level2, FieldConfig fieldConfig) {
        return Integer.compare(seriousness(level1), seriousness(level2));
    }

    private static int seriousness(String level) {
        return Identified.byId(RiskLevel.class, level).map(Enum::ordinal).orElse(RiskLevel.values().length);
    }

    /** Only a level's id is a value of this field, as a search or an import may give one. */
    @Override
    public String getSingularObjectFromString(String text) {
        Optional<RiskLevel> level = text == null ? Optional.empty() : Identified.byId(RiskLevel.class, text.strip());
        return level.map(RiskLevel::id).orElse(null);
    }
}
