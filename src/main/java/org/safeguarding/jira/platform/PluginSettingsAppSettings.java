package org.safeguarding.jira.platform;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.OrganisationType;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;

/**
 * The app's settings in SAL's global plugin settings, shared by every node of a cluster, one key each (the keys
 * admins set by hand before the settings form existed still work). A value that is missing or unreadable reads as
 * its default: neither a First Responder nor under the Duty to Notify, no lead group or role (Jira admins lead),
 * no nations, no retention period, new concerns left unassigned.
 */
@Named
public class PluginSettingsAppSettings implements SettingsStore, OrganisationSettings {
    static final String FIRST_RESPONDER = "org.safeguarding.organisation.firstResponder";
    static final String DUTY_TO_NOTIFY = "org.safeguarding.organisation.dutyToNotify";
    static final String NATIONS = "org.safeguarding.organisation.nations";
    public static final String LEAD_GROUP = "org.safeguarding.leads.group";
    public static final String LEAD_PROJECT_ROLE = "org.safeguarding.leads.projectRole";
    static final String RETENTION_YEARS = "org.safeguarding.retention.years";
    static final String ORGANISATION_TYPE = "org.safeguarding.organisation.type";
    static final String POLICY_DOCUMENT = "org.safeguarding.organisation.policy-document";
    static final String ORGANISATION_NAME = "org.safeguarding.organisation.name";
    static final String CALL_BACK_NUMBER = "org.safeguarding.organisation.call-back-number";
    static final String ASSIGN_TO_LEAD_ON_DUTY = "org.safeguarding.leads.assignToLeadOnDuty";
    static final String STAFF_GROUP = "org.safeguarding.staff.group";
    static final String TRAINING_REFRESHER_MONTHS = "org.safeguarding.staff.training-refresher-months";
    static final String STAFF_RECORDS_MONTHS = "org.safeguarding.staff.records-months";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsAppSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public AppSettings read() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        return new AppSettings(nations(settings.get(NATIONS)), "true".equals(settings.get(FIRST_RESPONDER)),
                "true".equals(settings.get(DUTY_TO_NOTIFY)), name(settings.get(LEAD_GROUP)),
                name(settings.get(LEAD_PROJECT_ROLE)), number(settings.get(RETENTION_YEARS)),
                "true".equals(settings.get(ASSIGN_TO_LEAD_ON_DUTY)), settings.get(ORGANISATION_TYPE) instanceof String id
                        ? Identified.byId(OrganisationType.class, id).orElse(null) : null,
                name(settings.get(POLICY_DOCUMENT)), name(settings.get(ORGANISATION_NAME)),
                name(settings.get(CALL_BACK_NUMBER)), name(settings.get(STAFF_GROUP)),
                number(settings.get(TRAINING_REFRESHER_MONTHS)), number(settings.get(STAFF_RECORDS_MONTHS)));
    }

    @Override
    public void save(AppSettings app) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        settings.put(NATIONS, app.nations().stream().sorted().map(Nation::id).collect(Collectors.joining(",")));
        settings.put(FIRST_RESPONDER, String.valueOf(app.firstResponder()));
        settings.put(DUTY_TO_NOTIFY, String.valueOf(app.dutyToNotify()));
        putOrRemove(settings, LEAD_GROUP, app.leadGroup());
        putOrRemove(settings, LEAD_PROJECT_ROLE, app.leadProjectRole());
        putOrRemove(settings, RETENTION_YEARS, app.retentionYears() == null ? null : app.retentionYears().toString());
        settings.put(ASSIGN_TO_LEAD_ON_DUTY, String.valueOf(app.assignToLeadOnDuty()));
        putOrRemove(settings, ORGANISATION_TYPE, app.organisationType() == null ? null : app.organisationType().id());
        putOrRemove(settings, POLICY_DOCUMENT, app.policyDocument());
        putOrRemove(settings, ORGANISATION_NAME, app.organisationName());
        putOrRemove(settings, CALL_BACK_NUMBER, app.callBackNumber());
        putOrRemove(settings, STAFF_GROUP, app.staffGroup());
        putOrRemove(settings, TRAINING_REFRESHER_MONTHS, app.trainingRefresherMonths() == null ? null
                : app.trainingRefresherMonths().toString());
        putOrRemove(settings, STAFF_RECORDS_MONTHS, app.staffRecordsMonths() == null ? null
                : app.staffRecordsMonths().toString());
    }

    @Override
    public Organisation organisation() {
        return read().organisation();
    }


    private static void putOrRemove(PluginSettings settings, String key, String value) {
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
    }

    private static Set<Nation> nations(Object stored) {
        Set<Nation> nations = EnumSet.noneOf(Nation.class);
        if (stored instanceof String ids) {
            Arrays.stream(ids.split(",")).map(String::trim)
                    .forEach(id -> Identified.byId(Nation.class, id).ifPresent(nations::add));
        }
        return nations;
    }

    private static String name(Object stored) {
        return stored instanceof String name && !name.isBlank() ? name.strip() : null;
    }

    /** A whole number stored as text: years, or months. */
    private static Integer number(Object stored) {
        try {
            return stored instanceof String number ? Integer.valueOf(number.strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
