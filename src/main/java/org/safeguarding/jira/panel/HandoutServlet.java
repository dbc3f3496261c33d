package org.safeguarding.jira.panel;

import static java.util.Map.entry;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CasePage;
import org.safeguarding.jira.cases.CasePages;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.ExplanationTopic;
import org.safeguarding.resources.PrintedLine;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Screening;

/**
 * The one-page handout a worker prints for the person ({@code /plugins/servlet/safeguarding/handout?case=SG-1}):
 * the explanations in their language, the numbers to call for their nation and age (the same as the panel's whom to
 * call, {@link ServicesServlet}), the organisation's own name and number to reach it again, and a line on keeping the
 * page safe or leaving it behind. It shows nothing about the case itself; the case only chooses the language and
 * the numbers.
 */
@Named
public class HandoutServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/handout?case=";
    static final String TEMPLATE = "templates/panel/handout.vm";
    /** What the person needs to keep: the numbers for danger, advice and support, not the worker's other contacts. */
    private static final Set<ResourceCategory> ON_THE_HANDOUT = Set.of(ResourceCategory.EMERGENCY,
            ResourceCategory.ADVICE_AND_REPORTING, ResourceCategory.ADULT_SUPPORT, ResourceCategory.CHILD_SUPPORT);
    private static final long serialVersionUID = 1L;

    private final transient CasePages casePages;
    private final transient AccessRecorder access;
    private final transient DirectorySource directory;
    private final transient SettingsStore settings;
    private final transient PageTemplates pages;
    private final transient Clock clock;

    @Inject
    public HandoutServlet(CasePages casePages, AccessRecorder access, DirectorySource directory,
                          SettingsStore settings, PageTemplates pages, Clock clock) {
        this.casePages = casePages;
        this.access = access;
        this.directory = directory;
        this.settings = settings;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CasePage.Opened> opened = casePages.open(this, request, response);
        if (opened.isEmpty()) {
            return;
        }
        // Opened is viewed; the page records a print itself, when the browser prints it.
        access.viewed(opened.get().key(), "safeguarding.access.detail.handout");
        Screening screening = opened.get().screening();
        Explanation explanation = directory.explanations().forLanguage(screening.language()).explanation();
        boolean child = screening.treatedAsChild(LocalDate.now(clock));
        // As the panel: a case that does not say where is in the only nation the organisation works in.
        AppSettings current = settings.read();
        Optional<Nation> nation = current.organisation().nationOf(screening);
        boolean organisation = current.reachable();
        pages.render(TEMPLATE, PageResource.PRINT, Map.ofEntries(
                // The page's own ?case= fills {case}: nothing on the handout's page names the case.
                entry("printedUrl", request.getContextPath() + "/rest/safeguarding/1.0/issue/{case}/handout/printed"),
                entry("lang", explanation.tag()),
                entry("dir", explanation.direction()),
                entry("unchecked", explanation.unchecked()),
                entry("title", explanation.title()),
                entry("keepSafe", explanation.line(PrintedLine.KEEP_SAFE)),
                entry("paragraphs", Arrays.stream(ExplanationTopic.values())
                        .map(topic -> explanation.shownText(topic, nation)).toList()),
                entry("numbers", directory.directory().forCase(nation, child, screening.gender()).stream()
                        .filter(resource -> ON_THE_HANDOUT.contains(resource.category()) && resource.phone() != null)
                        .map(resource -> Map.of("name", resource.name(), "phone", resource.phone())).toList()),
                entry("callUs", explanation.line(PrintedLine.CALL_US)),
                entry("organisationName", organisation ? current.organisationName() : ""),
                entry("organisationNumber", organisation ? current.callBackNumber() : "")),
                response.getWriter());
    }
}
