package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.OrganisationType;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;

public class PluginSettingsAppSettingsTest {
    private final MapPluginSettings sal = new MapPluginSettings();
    private final Map<String, Object> stored = sal.stored;
    private PluginSettingsAppSettings settings;

    @Before
    public void setUp() {
        settings = new PluginSettingsAppSettings(sal);
    }

    @Test
    public void read_shouldGiveTheDefaultsWhenNothingIsStored() {
        assertThat(settings.read(), is(AppSettings.DEFAULTS));
        assertThat(settings.organisation(), is(new Organisation(false, false)));
    }

    @Test
    public void save_shouldStoreWhatReadGivesBack() {
        AppSettings council = new AppSettings(Set.of(Nation.WALES, Nation.ENGLAND), true, true, "safeguarding-leads",
                "Safeguarding lead", 6, true, OrganisationType.PUBLIC_AUTHORITY, "https://intranet.example/apd",
                "Anytown Council", "0161 496 0000", "front-line-staff", 12);

        settings.save(council);

        assertThat(settings.read(), is(council));
        assertThat(stored.get(PluginSettingsAppSettings.ORGANISATION_TYPE), is("public-authority"));
        assertThat(stored.get(PluginSettingsAppSettings.NATIONS), is("england,wales"));
        assertThat(stored.get(PluginSettingsAppSettings.RETENTION_YEARS), is("6"));
        assertThat(stored.get(PluginSettingsAppSettings.ASSIGN_TO_LEAD_ON_DUTY), is("true"));
        assertThat(stored.get(PluginSettingsAppSettings.POLICY_DOCUMENT), is("https://intranet.example/apd"));
        assertThat(stored.get(PluginSettingsAppSettings.ORGANISATION_NAME), is("Anytown Council"));
        assertThat(stored.get(PluginSettingsAppSettings.CALL_BACK_NUMBER), is("0161 496 0000"));
        assertThat(stored.get(PluginSettingsAppSettings.STAFF_GROUP), is("front-line-staff"));
        assertThat(stored.get(PluginSettingsAppSettings.TRAINING_REFRESHER_MONTHS), is("12"));
    }

    @Test
    public void save_shouldRemoveALeadGroupOrPeriodThatIsNoLongerSet() {
        settings.save(new AppSettings(Set.of(), false, false, "safeguarding-leads", "Lead", 6, false,
                OrganisationType.CHARITY, "https://intranet.example/apd", "Haven Shelter", "0161 496 0000"));

        settings.save(AppSettings.DEFAULTS);

        assertThat(stored.containsKey(PluginSettingsAppSettings.LEAD_GROUP), is(false));
        assertThat(stored.containsKey(PluginSettingsAppSettings.LEAD_PROJECT_ROLE), is(false));
        assertThat(stored.containsKey(PluginSettingsAppSettings.RETENTION_YEARS), is(false));
        assertThat(stored.containsKey(PluginSettingsAppSettings.ORGANISATION_TYPE), is(false));
        assertThat(stored.containsKey(PluginSettingsAppSettings.POLICY_DOCUMENT), is(false));
        assertThat(stored.containsKey(PluginSettingsAppSettings.ORGANISATION_NAME), is(false));
        assertThat(stored.containsKey(PluginSettingsAppSettings.CALL_BACK_NUMBER), is(false));
        assertThat(settings.read(), is(AppSettings.DEFAULTS));
    }

    @Test
    public void read_shouldKeepTheKeysAdminsSetByHandAndSkipWhatItCannotRead() {
        stored.put(PluginSettingsAppSettings.FIRST_RESPONDER, "true");
        stored.put(PluginSettingsAppSettings.LEAD_GROUP, " safeguarding-leads ");
        stored.put(PluginSettingsAppSettings.NATIONS, "scotland, atlantis");
        stored.put(PluginSettingsAppSettings.RETENTION_YEARS, "six");

        AppSettings read = settings.read();

        assertThat(read.firstResponder(), is(true));
        assertThat(read.leadGroup(), is("safeguarding-leads"));
        assertThat(read.nations(), is(Set.of(Nation.SCOTLAND)));
        assertThat(read.retentionYears(), is((Integer) null));
        assertThat(read.onlyNation(), is(Optional.of(Nation.SCOTLAND)));
    }
}
