package org.safeguarding.jira.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.leads.CaseLeadNames;
import org.safeguarding.jira.leads.LeadsToldRecords;
import org.safeguarding.jira.missing.MissingSummaryServlet;
import org.safeguarding.jira.platform.RiskLozenge;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.records.AnonymiseServlet;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.StatusSteps;
import org.safeguarding.screening.Action;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.ExploitationCategory;
import org.safeguarding.screening.Reason;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.TypeSuggestions;

/**
 * The top of the resources panel, in the words the template shows: how serious, how sure and why, the case's status
 * and its safeguarding leads and when they were told, and the next steps for that status ({@link StatusSteps}). Only Strings, booleans, Lists
 * and Maps, as Jira's Velocity allowlist wants.
 */
@Named
public class CaseCard {
    private final CaseLeadNames leadNames;
    private final LeadsToldRecords told;
    private final Texts texts;
    private final ZoneId zone;

    @Inject
    public CaseCard(CaseLeadNames leadNames, LeadsToldRecords told, Texts texts, Clock clock) {
        this.leadNames = leadNames;
        this.told = told;
        this.texts = texts;
        this.zone = clock.getZone();
    }

    /** Puts the card's values into the panel's context. */
    void fill(Map<String, Object> panel, PanelView view, Assessment assessment, String base, LocalDate today) {
        CaseLookup lookup = view.lookup();
        Optional<ReferralStep> status = lookup.progress().map(CaseProgress::step);
        RiskLevel level = StatusSteps.levelAt(status, assessment);
        // The banner is for danger now (the latest check's answer, else the raise's): a closed case's record keeps
        // its level, without the call to act.
        boolean dangerNow = level == RiskLevel.IMMEDIATE_DANGER;
        panel.put("immediateDanger", dangerNow && status.filter(ReferralStep.CLOSED::equals).isEmpty());
        panel.put("dangerChecked", dangerNow ? "" : dangerChecked(lookup.screening()));
        panel.put("focused", status.filter(StatusSteps::stepsAlone).isPresent());
        summarise(panel, assessment, level);
        panel.put("status", status.map(step -> texts.text("safeguarding.panel.status", texts.text(step.labelKey())))
                .orElse(""));
        panel.put("leads", leadNames.of(view.issue(), view.settings()).map(this::leads)
                .orElseGet(() -> texts.text("safeguarding.panel.leads-unknown")));
        Optional<LeadsTold> latest = told.latest(lookup.key());
        panel.put("told", latest.map(this::told).orElse(""));
        boolean leadsTold = latest.filter(telling -> !telling.leads().isEmpty()).isPresent();
        List<StatusSteps.Step> steps = lookup.progress().map(progress -> StatusSteps.forCase(progress, assessment,
                lookup.screening(), today, leadsTold)).orElseGet(() -> StatusSteps.beforeReferral(assessment,
                leadsTold));
        panel.put("actions", steps.stream().map(step -> step(step, view, base)).toList());
    }

    /** "Your safeguarding leads: A, B", and how many more where there are more than a panel names. */
    private String leads(CaseLeadNames.Named names) {
        if (names.nobody()) {
            return texts.text("safeguarding.panel.no-leads");
        }
        String first = String.join(", ", names.first());
        return names.more() == 0 ? texts.text("safeguarding.panel.leads", first)
                : texts.text("safeguarding.panel.leads-more", first, names.more());
    }

    /** What the latest danger check found, after the danger the concern was raised with, if it was; "" unchecked. */
    private String dangerChecked(Screening screening) {
        boolean raisedInDanger = screening.immediateDanger().filter(Answer.YES::equals).isPresent();
        return screening.dangerChecked().map(answer -> texts.text(raisedInDanger
                ? "safeguarding.panel.danger-checked-after-raise" : "safeguarding.panel.danger-checked",
                texts.text(answer.labelKey()))).orElse("");
    }

    /** When the leads were last told, about what, and whom it reached; or that nobody could be told. */
    private String told(LeadsTold latest) {
        LocalDateTime when = LocalDateTime.ofInstant(latest.at(), zone);
        String time = UkDates.time(when.toLocalTime());
        String day = UkDates.day(when.toLocalDate());
        String what = texts.text(latest.alert().labelKey());
        return latest.leads().isEmpty() ? texts.text("safeguarding.panel.nobody-told", time, day, what)
                : texts.text("safeguarding.panel.told", time, day, what, String.join(", ", latest.leads()));
    }

    /** How serious, how sure, and why. */
    private void summarise(Map<String, Object> panel, Assessment assessment, RiskLevel level) {
        panel.put("riskLevel", texts.text(level.labelKey()));
        panel.put("riskLozenge", RiskLozenge.of(level));
        panel.put("confidence", texts.text(assessment.confidence().labelKey()));
        List<String> reasons = new ArrayList<>();
        if (level != assessment.level()) {
            reasons.add(texts.text(Reason.STATUS_IMMEDIATE_DANGER.labelKey()));
        }
        assessment.levelReasons().forEach(finding -> reasons.add(texts.text(finding.reason().labelKey())));
        panel.put("hasLevelReasons", !reasons.isEmpty());
        panel.put("levelReasons", reasons);
    }

    /** "The signs ticked point to: Labour exploitation." for the lead to confirm; "" when they point nowhere. */
    private String suggestedTypes(Screening screening) {
        Set<ExploitationCategory> suggested = TypeSuggestions.of(screening.indicatorsSeen());
        return suggested.isEmpty() ? "" : " " + texts.text("safeguarding.panel.types-suggested", suggested.stream()
                .map(category -> texts.text(category.labelKey())).collect(Collectors.joining(", ")));
    }

    /**
     * One step as the panel shows it: what, why (with the kinds of exploitation the signs point to, where the type is
     * to record), its day and whether that day has passed, and a link it needs.
     */
    private Map<String, Object> step(StatusSteps.Step step, PanelView view, String base) {
        CaseLookup lookup = view.lookup();
        String caseKey = lookup.key();
        Map<String, Object> shown = new HashMap<>();
        shown.put("text", texts.text(step.action().labelKey()));
        shown.put("reason", texts.text(step.why().labelKey())
                + (step.action() == Action.RECORD_EXPLOITATION_TYPE ? suggestedTypes(lookup.screening()) : ""));
        shown.put("due", step.due().map(day -> texts.text(step.overdue() ? "safeguarding.panel.overdue"
                : "safeguarding.panel.due", UkDates.day(day))).orElse(""));
        shown.put("overdue", step.overdue());
        // Police need the summary; only the case's leads may anonymise it, so only they get that link.
        Map.Entry<String, String> link = switch (step.action()) {
            case GIVE_POLICE_MISSING_SUMMARY -> Map.entry(base + MissingSummaryServlet.PATH + caseKey,
                    texts.text("safeguarding.panel.missing-summary"));
            case REVIEW_RETENTION -> view.viewerLeads() ? Map.entry(base + AnonymiseServlet.PATH + caseKey,
                    texts.text("safeguarding.panel.anonymise")) : Map.entry("", "");
            default -> Map.entry("", "");
        };
        shown.put("link", link.getKey());
        shown.put("linkText", link.getValue());
        return shown;
    }
}
