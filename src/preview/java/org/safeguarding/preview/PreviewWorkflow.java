package org.safeguarding.preview;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.ActionDescriptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.leads.LeadAlerts;
import org.safeguarding.jira.leads.LeadsToldRecords;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.raise.DangerAtRaise;
import org.safeguarding.jira.records.ClosedCases;
import org.safeguarding.jira.workflow.CaseHistory;
import org.safeguarding.jira.workflow.RuleGuard;
import org.safeguarding.jira.workflow.WorkflowCaseAccess;
import org.safeguarding.jira.workflow.WorkflowEngine;
import org.safeguarding.jira.workflow.WorkflowModules;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.Resolution;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.RiskLevel;

/**
 * The referral workflow for the preview's cases: the real workflow XML in a real OSWorkflow engine, with the
 * plugin's own conditions, validators and post-functions, reading and writing the cases as Jira's adapters would.
 * Jira's own post-functions (store, reindex, fire event) have nothing to do here.
 */
final class PreviewWorkflow implements WorkflowCaseAccess, CaseHistory, LeadAlerts, LeadsToldRecords {
    private final PreviewUser user;
    private final PreviewCases cases;
    private final WorkflowEngine engine;
    private final Map<String, Long> entries = new HashMap<>();
    private final Map<String, Resolution> resolutions = new HashMap<>();
    private final Set<String> missingSummaries = new HashSet<>();
    /** What the workflow wrote into each case's history, as Jira's comments would show it. */
    private final Map<String, List<String>> history = new HashMap<>();
    private final Map<String, List<LeadsTold>> tellings = new HashMap<>();
    private final Texts texts;

    PreviewWorkflow(PreviewUser user, PreviewCases cases, InMemorySettings settings, AccessLog log,
                    ClosedCases closed, SelfCheck selfCheck, Texts texts, Clock clock) {
        this.user = user;
        this.cases = cases;
        this.texts = texts;
        // The preview's issues have no project and no assignee: no confidential level, no lead on duty.
        this.engine = new WorkflowEngine(() -> user.key().orElse(null), new WorkflowModules<>(
                (userKey, issue) -> cases.leads(issue.getKey()), this, settings, log, closed,
                issue -> Optional.empty(), issue -> Optional.empty(), new RuleGuard(selfCheck, texts), texts,
                clock), this::jiraFunction);
    }

    /**
     * One transition the case can take now, and the screen it asks for, by set-up's name for it: {@code close},
     * {@code danger}, {@code missing}, {@code refer}, or none.
     */
    record Transition(int id, String name, Optional<String> screen) {
    }

    synchronized String step(String key) {
        return engine.descriptor().getStep(engine.currentStep(entry(key))).getName();
    }

    /**
     * The case's status as the app knows it: the step's {@code jira.status.id}, which set-up fills with the status's
     * id and which the preview leaves as the placeholder naming the step.
     */
    /** The resolution the case was closed with; empty while it is open. */
    synchronized Optional<Resolution> resolution(String key) {
        return Optional.ofNullable(resolutions.get(key));
    }

    synchronized ReferralStep status(String key) {
        Object placeholder = engine.descriptor().getStep(engine.currentStep(entry(key))).getMetaAttributes()
                .get("jira.status.id");
        return Identified.byId(ReferralStep.class, named(placeholder, "status"))
                .orElseThrow(() -> new IllegalStateException("no status for " + placeholder));
    }

    /** What a set-up placeholder of the workflow XML names: {@code ${screen:worker}} names the screen "worker". */
    private static String named(Object placeholder, String kind) {
        return String.valueOf(placeholder).replaceAll("^\\$\\{" + kind + ":(.*)}$", "$1");
    }

    synchronized List<Transition> available(String key) {
        PreviewIssue issue = issue(key);
        return engine.availableActions(entry(key), Map.of("issue", issue, "originalissueobject", issue)).stream()
                .map(id -> {
                    ActionDescriptor action = engine.descriptor().getAction(id);
                    return new Transition(id, action.getName(), "fieldscreen".equals(action.getView())
                            ? Optional.of(named(action.getMetaAttributes().get("jira.fieldscreen.id"), "screen"))
                            : Optional.empty());
                }).toList();
    }

    synchronized Transition transition(String key, int id) {
        return available(key).stream().filter(transition -> transition.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("transition " + id + " is not open to " + key));
    }

    /**
     * Makes the transition with the values the worker put on its screen. When a rule refuses it, the case keeps
     * the values it had, as Jira keeps nothing of a refused transition, and the refusal goes back to the worker.
     */
    synchronized void make(String key, int id, Map<String, Object> screen, Resolution resolution)
            throws WorkflowException {
        InMemoryCaseValues values = cases.values(key).orElseThrow();
        InMemoryCaseValues before = values.copy();
        Resolution resolvedBefore = resolutions.get(key);
        screen.forEach(values::with);
        if (resolution != null) {
            resolutions.put(key, resolution);
        }
        try {
            engine.transition(entry(key), id, Map.of("issue", issue(key), "originalissueobject",
                    new PreviewIssue(key, null, before)));
        } catch (WorkflowException refused) {
            values.restore(before);
            if (resolvedBefore == null) {
                resolutions.remove(key);
            } else {
                resolutions.put(key, resolvedBefore);
            }
            throw refused;
        }
    }

    /**
     * A case raised with danger now goes on to Immediate danger, as the worker who raised it, as Jira's adapter makes
     * the transition after Create; whether the workflow let it.
     */
    synchronized boolean intoImmediateDanger(String key) {
        try {
            make(key, DangerAtRaise.IMMEDIATE_DANGER, Map.of(), null);
            return true;
        } catch (WorkflowException | IllegalArgumentException refused) {
            return false;
        }
    }

    /**
     * Of Jira's own post-functions only one changes what the preview shows: the workflow's Reopen clears the
     * resolution with Jira's "update issue field" function, as Jira's own workflows do.
     */
    private void jiraFunction(String name, Map<?, ?> transientVars, Map<?, ?> args) {
        if (name.equals("UpdateIssueFieldFunction") && "resolution".equals(args.get("field.name"))) {
            String key = ((Issue) transientVars.get("issue")).getKey();
            Optional<Resolution> value = Identified.byId(Resolution.class, String.valueOf(args.get("field.value")));
            value.ifPresentOrElse(resolution -> resolutions.put(key, resolution), () -> resolutions.remove(key));
        }
    }

    private long entry(String key) {
        return entries.computeIfAbsent(key, created -> {
            try {
                return engine.create(issue(created));
            } catch (WorkflowException e) {
                throw new IllegalStateException("the workflow did not start for " + created, e);
            }
        });
    }

    private PreviewIssue issue(String key) {
        return new PreviewIssue(key, null);
    }

    @Override
    public CaseValues valuesOf(Issue issue) {
        PreviewIssue ours = (PreviewIssue) issue;
        return ours.before() != null ? ours.before() : cases.values(ours.key()).orElseThrow();
    }

    @Override
    public Optional<Resolution> resolutionOf(Issue issue) {
        return Optional.ofNullable(resolutions.get(issue.getKey()));
    }

    @Override
    public void setDate(MutableIssue issue, String fieldKey, LocalDate date) {
        cases.values(issue.getKey()).orElseThrow().with(fieldKey, date);
    }

    @Override
    public Optional<String> fieldId(String fieldKey) {
        return Optional.of(fieldKey);
    }

    /** Jira adds a comment with the link to the printable summary; the preview's case page then shows the link. */
    @Override
    public synchronized void missingSummaryProduced(Issue issue, String userKey) {
        missingSummaries.add(issue.getKey());
    }

    synchronized boolean missingSummaryProduced(String key) {
        return missingSummaries.contains(key);
    }

    /** The case's leads, told as Jira's mail queue would tell them. */
    @Override
    public List<String> tell(Issue issue, LeadAlert alert) {
        return cases.leadsOf(issue.getKey());
    }

    @Override
    public synchronized void leadsTold(Issue issue, LeadAlert alert, RiskLevel risk, List<String> leads,
                                       String userKey) {
        history.computeIfAbsent(issue.getKey(), key -> new ArrayList<>()).add(texts.text("safeguarding.alert.told",
                texts.text(alert.labelKey()), String.join(", ", leads)));
        tellings.computeIfAbsent(issue.getKey(), key -> new ArrayList<>())
                .add(new LeadsTold(alert, Instant.now(), leads, Optional.of(risk)));
    }

    @Override
    public synchronized void dangerChecked(Issue issue, Answer stillInDanger, String userKey) {
        history.computeIfAbsent(issue.getKey(), key -> new ArrayList<>()).add(texts.text(
                "safeguarding.danger-check.comment", texts.text(stillInDanger.labelKey())));
    }

    @Override
    public synchronized Optional<LeadsTold> latest(String caseKey) {
        List<LeadsTold> told = tellings.getOrDefault(caseKey, List.of());
        return told.isEmpty() ? Optional.empty() : Optional.of(told.get(told.size() - 1));
    }

    @Override
    public synchronized Optional<LeadsTold> first(String caseKey) {
        return tellings.getOrDefault(caseKey, List.of()).stream().findFirst();
    }

    synchronized List<String> history(String key) {
        return List.copyOf(history.getOrDefault(key, List.of()));
    }
}
