package org.safeguarding.jira.host;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.web.OrganisationSettings;
import org.safeguarding.screening.Organisation;

/**
 * The organisation's settings, kept in SAL's global plugin settings (shared by every node of a cluster). Until an
 * admin says otherwise, the organisation is assumed to be neither a First Responder nor under the Duty to Notify:
 * the route that sends referrals through a First Responder or the Helpline, which suits any organisation.
 */
@Named
public class PluginSettingsOrganisation implements OrganisationSettings {
    static final String FIRST_RESPONDER = "org.safeguarding.organisation.firstResponder";
    static final String DUTY_TO_NOTIFY = "org.safeguarding.organisation.dutyToNotify";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsOrganisation(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public Organisation organisation() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        return new Organisation(isTrue(settings.get(FIRST_RESPONDER)), isTrue(settings.get(DUTY_TO_NOTIFY)));
    }

    private static boolean isTrue(Object value) {
        return "true".equals(value);
    }
}
