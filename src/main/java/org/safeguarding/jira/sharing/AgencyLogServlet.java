package org.safeguarding.jira.sharing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.LeadCasePage;
import org.safeguarding.jira.cases.LeadPages;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.Identified;

/**
 * A case's agency and sharing log ({@code /plugins/servlet/safeguarding/agency-log?case=SG-1}), for its safeguarding
 * leads: every entry, oldest first, each marked when a later one corrects it, and the form that adds one (sent as
 * JSON to {@link AgencyLogResource}, which checks everything again). Opening it is recorded in the case's access log.
 */
@Named
public class AgencyLogServlet extends LeadCasePage {
    public static final String PATH = "/plugins/servlet/safeguarding/agency-log?case=";
    static final String TEMPLATE = "templates/sharing/agency-log.vm";
    static final String VIEWED = "safeguarding.access.detail.agency-log";
    private static final long serialVersionUID = 1L;

    private final transient AgencyLog log;
    private final transient UserNames names;
    private final transient SettingsStore settings;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public AgencyLogServlet(LeadPages leadPages, AgencyLog log, UserNames names, SettingsStore settings,
                            PageTemplates pages, Texts texts, Clock clock) {
        super(leadPages, pages, Opening.VIEW, VIEWED);
        this.log = log;
        this.names = names;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void show(CaseRecord found, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String caseKey = found.key();
        String root = request.getContextPath();
        List<AgencyShare.Recorded> entries = log.forCase(caseKey);
        Map<String, Object> page = new HashMap<>();
        page.put("caseKey", caseKey);
        page.put("caseUrl", root + "/browse/" + caseKey);
        page.put("apiUrl", root + AgencyLogResource.path(caseKey));
        page.put("pageUrl", root + PATH + caseKey);
        page.put("today", LocalDate.now(clock).toString());
        page.put("recorded", justRecorded(request, entries.stream().map(AgencyShare.Recorded::id).toList()));
        AppSettings organisation = settings.read();
        page.put("entries", withCautions(AgencyLogEntries.shown(entries, names, texts), entries, organisation));
        page.put("hasEntries", !entries.isEmpty());
        page.put("agencies", options(Agency.values()));
        page.put("channels", options(SharingChannel.values()));
        page.put("bases", options(organisation.lawfulBases().toArray(LawfulBasis[]::new)));
        page.put("basesHint", texts.text(Optional.ofNullable(organisation.organisationType())
                .map(type -> "safeguarding.sharing.basis.for." + type.id())
                .orElse("safeguarding.sharing.basis.for.unsaid")));
        page.put("conditions", options(SharingCondition.values()));
        page.put("criminalConditions", options(Arrays.stream(SharingCondition.values())
                .filter(condition -> condition != SharingCondition.NONE_NEEDED).toArray(SharingCondition[]::new)));
        page.put("policyDocument", Objects.toString(organisation.policyDocument(), ""));
        pages.render(TEMPLATE, PageResource.SHARING, page, response.getWriter());
    }

    /**
     * Each entry with what a lead should think about again (§14.4): consent where it cannot be freely given, and the
     * appropriate policy document a Schedule 1 Part 2 condition rests on, linked when the settings give it.
     */
    private List<Map<String, Object>> withCautions(List<Map<String, Object>> shown, List<AgencyShare.Recorded> entries,
                                                   AppSettings organisation) {
        List<Map<String, Object>> withCautions = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            List<Map<String, String>> cautions = entries.get(i).share().cautions(organisation.organisationType())
                    .stream().map(caution -> caution(caution, organisation.policyDocument())).toList();
            Map<String, Object> entry = new HashMap<>(shown.get(i));
            entry.put("cautions", cautions);
            entry.put("hasCautions", !cautions.isEmpty());
            withCautions.add(entry);
        }
        return withCautions;
    }

    /** A caution in words, with the policy document's address for the one that rests on it ("" when none). */
    private Map<String, String> caution(AgencyShare.Caution caution, String policyDocument) {
        String key = caution.labelKey();
        if (caution != AgencyShare.Caution.NEEDS_POLICY_DOCUMENT) {
            return Map.of("text", texts.text(key), "link", "");
        }
        return policyDocument == null ? Map.of("text", texts.text(key + ".none-linked"), "link", "")
                : Map.of("text", texts.text(key), "link", policyDocument);
    }

    private List<Map<String, String>> options(Identified[] values) {
        return Arrays.stream(values).map(value -> Map.of("id", value.id(), "label", texts.text(value.labelKey())))
                .toList();
    }
}
