package org.safeguarding.jira.panel;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.audit.AnonymiseServlet;
import org.safeguarding.jira.missing.MissingSummaryServlet;
import org.safeguarding.jira.plan.PlanServlet;
import org.safeguarding.jira.web.AccessRecorder;
import org.safeguarding.jira.web.CaseLeadNames;
import org.safeguarding.jira.web.CaseLeads;
import org.safeguarding.jira.web.CaseLookup;
import org.safeguarding.jira.web.Cases;
import org.safeguarding.jira.web.SettingsStore;
import org.safeguarding.jira.web.Texts;
import org.safeguarding.jira.web.UkDates;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.StatusSteps;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.ExplanationTopic;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.NumberRuns;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceRules;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Reason;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;

/**
 * What the resources panel shows for a case: the urgent banner when anyone is in danger now, what to do next with
 * the reason for each step, the helplines and services for the case's nation and for a child or an adult, and how
 * to explain it all in the person's language, with a way through each barrier recorded on the case. Only
 * Strings, booleans, Lists and Maps go to the template, as Jira's Velocity allowlist wants; the permission check
 * comes first, through {@link Cases}.
 */
@Named
public class ResourcesPanelContext implements ContextProvider {
    /** Drawn with the issue view, so this is the case being opened. */
    static final String VIEWED = "safeguarding.access.detail.case";
    private final Cases cases;
    private final ApplicationProperties application;
    private final DirectorySource directory;
    private final SettingsStore settings;
    private final AccessRecorder access;
    private final CaseLeadNames leadNames;
    private final CaseLeads leads;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public ResourcesPanelContext(Cases cases, ApplicationProperties application, DirectorySource directory,
                                 SettingsStore settings, AccessRecorder access, CaseLeadNames leadNames,
                                 CaseLeads leads, Texts texts) {
        this(cases, application, directory, settings, access, leadNames, leads, texts, Clock.systemDefaultZone());
    }

    ResourcesPanelContext(Cases cases, ApplicationProperties application, DirectorySource directory,
                          SettingsStore settings, AccessRecorder access, CaseLeadNames leadNames, CaseLeads leads,
                          Texts texts, Clock clock) {
        this.cases = cases;
        this.leadNames = leadNames;
        this.leads = leads;
        this.application = application;
        this.directory = directory;
        this.settings = settings;
        this.access = access;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> panel = new HashMap<>(context);
        Optional<String> key = PanelIssue.key(context);
        Optional<CaseLookup> found = key.map(cases::find).filter(lookup -> lookup.status() == CaseLookup.Status.FOUND);
        panel.put("visible", found.isPresent());
        found.ifPresent(lookup -> {
            access.viewed(lookup.key(), VIEWED);
            String base = application.getBaseUrl(UrlMode.RELATIVE);
            fill(panel, lookup, base);
            List<String> leads = leadNames.of(lookup.key());
            panel.put("leads", leads.isEmpty() ? texts.text("safeguarding.panel.no-leads")
                    : texts.text("safeguarding.panel.leads", String.join(", ", leads)));
            panel.put("handoutUrl", base + HandoutServlet.PATH + lookup.key());
            panel.put("planUrl", base + PlanServlet.PATH);
        });
        return panel;
    }

    private void fill(Map<String, Object> panel, CaseLookup lookup, String base) {
        Screening screening = lookup.screening();
        AppSettings organisation = settings.read();
        LocalDate today = LocalDate.now(clock);
        Assessment assessment = Assessor.assess(screening, organisation.organisation(), today);
        Optional<ReferralStep> status = lookup.progress().map(CaseProgress::step);
        panel.put("immediateDanger", assessment.level() == RiskLevel.IMMEDIATE_DANGER
                || status.filter(ReferralStep.IMMEDIATE_DANGER::equals).isPresent());
        summarise(panel, assessment, status);
        // Immediate danger asks for 999 and nothing to distract; a closed case needs only what closing leaves.
        panel.put("focused", status.filter(step -> step == ReferralStep.IMMEDIATE_DANGER
                || step == ReferralStep.CLOSED).isPresent());
        List<StatusSteps.Step> steps = lookup.progress().map(progress -> StatusSteps.forCase(progress, assessment,
                screening.policeDescription(), today)).orElseGet(() -> assessment.recommendations().stream()
                .map(recommendation -> new StatusSteps.Step(recommendation.action(), recommendation.why().reason(),
                        Optional.empty(), false)).toList());
        panel.put("actions", steps.stream().map(step -> step(step, lookup.key(), base)).toList());
        Optional<Nation> nation = screening.nation().or(organisation::onlyNation);
        panel.put("servicesFor", nation.map(value -> texts.text("safeguarding.panel.services-for",
                texts.text(value.labelKey()))).orElse(texts.text("safeguarding.panel.services-for-all")));
        panel.put("groups", groups(directory.directory().forCase(nation, assessment.treatedAsChild())));
        explain(panel, screening);
    }

    /** The top card: how serious, how sure, and why, and the case's status where the app's workflow runs it. */
    private void summarise(Map<String, Object> panel, Assessment assessment, Optional<ReferralStep> status) {
        // A case moved to Immediate danger is in danger now, whatever its answers said before.
        boolean inDanger = status.filter(ReferralStep.IMMEDIATE_DANGER::equals).isPresent();
        RiskLevel level = inDanger ? RiskLevel.IMMEDIATE_DANGER : assessment.level();
        panel.put("riskLevel", texts.text(level.labelKey()));
        panel.put("riskLozenge", switch (level) {
            case IMMEDIATE_DANGER, HIGH -> "aui-lozenge-error";
            case MEDIUM -> "aui-lozenge-current";
            case LOW -> "aui-lozenge-success";
            case NOT_ENOUGH_INFORMATION -> "";
        });
        panel.put("confidence", texts.text(assessment.confidence().labelKey()));
        List<String> reasons = new ArrayList<>();
        if (inDanger) {
            reasons.add(texts.text(Reason.STATUS_IMMEDIATE_DANGER.labelKey()));
        }
        assessment.levelReasons().forEach(finding -> reasons.add(texts.text(finding.reason().labelKey())));
        panel.put("hasLevelReasons", !reasons.isEmpty());
        panel.put("levelReasons", reasons);
        panel.put("status", status.map(step -> texts.text("safeguarding.panel.status", texts.text(step.labelKey())))
                .orElse(""));
    }

    /** One step as the panel shows it: what, why, its day and whether that day has passed, and a link it needs. */
    private Map<String, Object> step(StatusSteps.Step step, String caseKey, String base) {
        Map<String, Object> shown = new HashMap<>();
        shown.put("text", texts.text(step.action().labelKey()));
        shown.put("reason", texts.text(step.why().labelKey()));
        shown.put("due", step.due().map(day -> texts.text(step.overdue() ? "safeguarding.panel.overdue"
                : "safeguarding.panel.due", UkDates.day(day))).orElse(""));
        shown.put("overdue", step.overdue());
        // Police need the summary; only the case's leads may anonymise it, so only they get that link.
        Map.Entry<String, String> link = switch (step.action()) {
            case GIVE_POLICE_MISSING_SUMMARY -> Map.entry(base + MissingSummaryServlet.PATH + caseKey,
                    texts.text("safeguarding.panel.missing-summary"));
            case REVIEW_RETENTION -> leads.leads(caseKey) ? Map.entry(base + AnonymiseServlet.PATH + caseKey,
                    texts.text("safeguarding.panel.anonymise")) : Map.entry("", "");
            default -> Map.entry("", "");
        };
        shown.put("link", link.getKey());
        shown.put("linkText", link.getValue());
        return shown;
    }

    /** The explanations in their language where there is one, and a way through each barrier recorded. */
    private void explain(Map<String, Object> panel, Screening screening) {
        Explanations.Choice choice = directory.explanations().forLanguage(screening.language());
        Explanation explanation = choice.explanation();
        panel.put("explanationLang", explanation.tag());
        panel.put("explanationDir", explanation.direction());
        panel.put("explanationIn", choice.inTheirLanguage()
                ? texts.text("safeguarding.panel.explain.in-their-language", explanation.name())
                : texts.text(screening.language().isPresent() ? "safeguarding.panel.explain.in-english"
                        : "safeguarding.panel.explain.no-language"));
        panel.put("explanationReviewed", explanation.reviewed());
        // Beside a translation, the English: the worker reading it out knows what each paragraph says.
        Optional<Explanation> english = Optional.of(directory.explanations().english())
                .filter(inEnglish -> !inEnglish.tag().equals(explanation.tag()));
        panel.put("explanations", Arrays.stream(ExplanationTopic.values()).map(topic -> {
            String text = explanation.shownText(topic, screening.nation());
            String inEnglish = english.map(translated -> translated.shownText(topic, screening.nation())).orElse("");
            return Map.of("title", texts.text(topic.labelKey()), "text", text, "parts", parts(text),
                    "english", inEnglish, "englishParts", parts(inEnglish));
        }).toList());
        panel.put("hasBarriers", !screening.barriers().isEmpty());
        panel.put("barriers", screening.barriers().stream().sorted().map(barrier -> Map.of(
                "name", texts.text(barrier.labelKey()), "tip", texts.text(barrier.labelKey() + ".tip"))).toList());
    }

    /** The text cut around its phone numbers, which the template keeps each on one line. */
    private static List<Map<String, Object>> parts(String text) {
        return NumberRuns.split(text).stream().map(run -> Map.<String, Object>of("text", run.text(),
                "number", run.number())).toList();
    }

    /**
     * The services under their category's heading, in the directory's order. Entries checked on the same day share
     * one formatted "last checked" line: formatting a message is the costliest step per entry (ResourcesPanelBenchmark).
     */
    private List<Map<String, Object>> groups(List<Resource> services) {
        Map<ResourceCategory, List<Map<String, String>>> byCategory = new LinkedHashMap<>();
        Map<LocalDate, String> checkedOn = new HashMap<>();
        for (Resource service : services) {
            String checked = checkedOn.computeIfAbsent(service.verifiedOn(),
                    day -> texts.text("safeguarding.panel.checked", UkDates.day(day)));
            byCategory.computeIfAbsent(service.category(), category -> new ArrayList<>())
                    .add(service(service, checked));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byCategory.forEach((category, entries) -> groups.add(Map.of(
                "name", texts.text(category.labelKey()), "services", entries)));
        return groups;
    }

    private static Map<String, String> service(Resource service, String checked) {
        Map<String, String> shown = new HashMap<>();
        shown.put("name", service.name());
        shown.put("phone", orEmpty(service.phone()));
        shown.put("dial", service.phone() == null ? "" : "tel:" + service.phone().replace(" ", ""));
        shown.put("url", ResourceRules.linkable(service.url()).orElse(""));
        shown.put("notes", orEmpty(service.notes()));
        shown.put("languages", String.join(", ", service.languages()));
        shown.put("checked", checked);
        return shown;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
