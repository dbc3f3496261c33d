package org.safeguarding.jira.platform;

import java.util.Set;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.screening.Organisation;

/** The app's settings kept in memory, for the preview host and the tests, read the way Jira's store reads them. */
public final class InMemorySettings implements SettingsStore, OrganisationSettings {
    private volatile AppSettings settings;

    public InMemorySettings(AppSettings settings) {
        this.settings = settings;
    }

    /** The defaults, but for what the organisation is. */
    public static InMemorySettings of(Organisation organisation) {
        return new InMemorySettings(new AppSettings(Set.of(), organisation.firstResponder(),
                organisation.dutyToNotify(), null, null, null));
    }

    @Override
    public AppSettings read() {
        return settings;
    }

    @Override
    public void save(AppSettings changed) {
        settings = changed;
    }

    @Override
    public Organisation organisation() {
        return settings.organisation();
    }

}
