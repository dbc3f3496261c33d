package org.safeguarding.jira.admin;

import static java.util.Map.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.OrganisationType;
import org.safeguarding.screening.Nation;

/** The organisation's settings: nations, First Responder, Duty to Notify, who the leads are, retention. */
@Named
public class SettingsArea implements AdminArea {
    private final SettingsStore settings;
    private final LeadNames leadNames;
    private final Texts texts;

    @Inject
    public SettingsArea(SettingsStore settings, LeadNames leadNames, Texts texts) {
        this.settings = settings;
        this.leadNames = leadNames;
        this.texts = texts;
    }

    @Override
    public String id() {
        return "settings";
    }

    /** The settings as the form shows them: each nation with whether it is ticked, and empty text for none. */
    @Override
    public Map<String, Object> model(HttpServletRequest request) {
        AppSettings current = settings.read();
        String role = Objects.toString(current.leadProjectRole(), "");
        List<Map<String, Object>> roles = roleChoices(role);
        return Map.of("settings", Map.ofEntries(entry("nations", Arrays.stream(Nation.values()).map(nation -> Map
                        .<String, Object>of("id", nation.id(), "label", texts.text(nation.labelKey()),
                                "checked", current.nations().contains(nation))).toList()),
                entry("firstResponder", current.firstResponder()),
                entry("dutyToNotify", current.dutyToNotify()),
                entry("leadGroup", Objects.toString(current.leadGroup(), "")),
                entry("leadProjectRole", role),
                entry("roles", roles),
                entry("hasRoles", !roles.isEmpty()),
                entry("assignToLeadOnDuty", current.assignToLeadOnDuty()),
                entry("retentionYears", Objects.toString(current.retentionYears(), "")),
                entry("organisationTypes", Arrays.stream(OrganisationType.values()).map(type -> Map.<String, Object>of(
                        "id", type.id(), "label", texts.text(type.labelKey()),
                        "checked", type == current.organisationType())).toList()),
                entry("policyDocument", Objects.toString(current.policyDocument(), "")),
                entry("organisationName", Objects.toString(current.organisationName(), "")),
                entry("callBackNumber", Objects.toString(current.callBackNumber(), "")),
                entry("staffGroup", Objects.toString(current.staffGroup(), "")),
                entry("trainingRefresherMonths", Objects.toString(current.trainingRefresherMonths(), "")),
                entry("staffRecordsMonths", Objects.toString(current.staffRecordsMonths(), ""))));
    }

    /**
     * Jira's project roles to pick the leads' role from, the saved one selected; a saved role Jira no longer has stays
     * on the list, saying so, so saving the other settings does not silently drop it. Empty when Jira cannot list its
     * roles: the form then takes the role's name typed.
     */
    private List<Map<String, Object>> roleChoices(String saved) {
        List<String> names = leadNames.projectRoles();
        if (names.isEmpty()) {
            return List.of();
        }
        Stream<Map<String, Object>> missing = saved.isEmpty() || names.contains(saved) ? Stream.empty()
                : Stream.of(Map.of("name", saved, "selected", true,
                        "label", texts.text("safeguarding.admin.settings.leadProjectRole.missing", saved)));
        return Stream.concat(missing, names.stream().map(name -> Map.<String, Object>of("name", name, "label", name,
                "selected", name.equals(saved)))).toList();
    }
}
