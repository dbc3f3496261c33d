package org.safeguarding.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.PanelIssue;
import org.safeguarding.jira.leads.DutyResource;
import org.safeguarding.jira.plan.PlanServlet;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Screening;

/**
 * What the resources panel shows for a case: the urgent banner when anyone is in danger now, the top card with what
 * to do next at the case's status ({@link CaseCard}), who is on duty for its project ({@link LeadOnDutyLine}), where
 * to find the helplines and services for the case ({@link ServicesServlet}, fetched when the worker opens them), and
 * how to explain it all in the person's language, with a way through each barrier recorded on the case. Only
 * Strings, booleans, Lists and Maps go to the template, as Jira's Velocity allowlist wants; the permission check
 * comes first, through {@link Cases}. A view finds the case once, from the issue Jira passes, reads the settings once,
 * and shares both with every part ({@link PanelView}).
 */
@Named
public class ResourcesPanelContext implements ContextProvider {
    /** Drawn with the issue view, so this is the case being opened. */
    static final String VIEWED = "safeguarding.access.detail.case";
    /** Asked by the panel's script after the view, so a changed plan costs the view nothing (PlanResource). */
    static final String PLAN_ASK = "/rest/safeguarding/1.0/plan/ask";
    private final Cases cases;
    private final CaseLeads leads;
    private final ApplicationProperties application;
    private final DirectorySource directory;
    private final SharedSections shared;
    private final SettingsStore settings;
    private final AccessRecorder access;
    private final CaseCard card;
    private final LeadOnDutyLine duty;
    private final OtherConcernsLine others;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public ResourcesPanelContext(Cases cases, CaseLeads leads, ApplicationProperties application,
                                 DirectorySource directory, SharedSections shared, SettingsStore settings,
                                 AccessRecorder access, CaseCard card, LeadOnDutyLine duty, OtherConcernsLine others,
                                 Texts texts, Clock clock) {
        this.cases = cases;
        this.leads = leads;
        this.card = card;
        this.duty = duty;
        this.others = others;
        this.application = application;
        this.directory = directory;
        this.shared = shared;
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
        Optional<Issue> shown = PanelIssue.issue(context);
        Optional<CaseLookup> found = shown.map(cases::find)
                .filter(lookup -> lookup.status() == CaseLookup.Status.FOUND);
        panel.put("visible", found.isPresent());
        found.ifPresent(lookup -> {
            access.viewed(lookup.key(), VIEWED);
            String base = application.getBaseUrl(UrlMode.RELATIVE);
            fill(panel, new PanelView(shown.get(), lookup, settings.read(), leads), base);
            panel.put("handoutUrl", base + HandoutServlet.PATH + lookup.key());
            panel.put("dutyUrl", base + DutyResource.path(lookup.key()));
            panel.put("planUrl", base + PlanServlet.PATH);
            panel.put("planAskUrl", base + PLAN_ASK);
        });
        return panel;
    }

    private void fill(Map<String, Object> panel, PanelView view, String base) {
        Screening screening = view.lookup().screening();
        AppSettings organisation = view.settings();
        LocalDate today = LocalDate.now(clock);
        Assessment assessment = Assessor.assess(screening, organisation.organisation(), today);
        card.fill(panel, view, assessment, base, today);
        duty.fill(panel, view);
        others.fill(panel, view, base);
        Optional<Nation> nation = organisation.organisation().nationOf(screening);
        panel.put("servicesUrl", base + ServicesServlet.PATH + view.key());
        panel.put("servicesSectionUrl", base + ServicesServlet.SECTION_PATH + ServicesFor.of(nation,
                screening.treatedAsChild(today), screening.gender()).token());
        explain(panel, screening, nation);
    }

    /**
     * The explanations in their language where there is one, for the nation whom to call is for, and a way through
     * each barrier recorded.
     */
    private void explain(Map<String, Object> panel, Screening screening, Optional<Nation> nation) {
        panel.put("explanationsHtml", shared.explanations(directory.explanations(), screening.language(), nation));
        panel.put("hasBarriers", !screening.barriers().isEmpty());
        panel.put("barriers", screening.barriers().stream().sorted().map(barrier -> Map.of(
                "name", texts.text(barrier.labelKey()), "tip", texts.text(barrier.labelKey() + ".tip"))).toList());
    }
}
