package org.safeguarding.jira.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.plan.PlanReads;
import org.safeguarding.jira.plan.PlanStore;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.PlanReadership;
import org.safeguarding.referral.StaffMember;
import org.safeguarding.referral.StaffTraining;

/** The staff's readiness from what is stored: the settings' staff group, the plan, who read it, and the training. */
@Named
public class StoredStaffReadiness implements StaffReadiness {
    private final SettingsStore settings;
    private final LeadNames groups;
    private final PlanStore plan;
    private final PlanReads reads;
    private final TrainingRecords training;

    @Inject
    public StoredStaffReadiness(SettingsStore settings, LeadNames groups, PlanStore plan, PlanReads reads,
                                TrainingRecords training) {
        this.settings = settings;
        this.groups = groups;
        this.plan = plan;
        this.reads = reads;
        this.training = training;
    }

    @Override
    public Standing now(LocalDate today) {
        AppSettings named = settings.read();
        Optional<String> group = Optional.ofNullable(named.staffGroup());
        List<StaffMember> staff = group.map(groups::people).orElse(List.of());
        return new Standing(group, staff,
                plan.read().map(saved -> PlanReadership.of(saved.version(), staff, reads.reads())),
                StaffTraining.of(staff, training.all(), named.trainingRefresherMonths(), today),
                named.trainingRefresherMonths());
    }
}
