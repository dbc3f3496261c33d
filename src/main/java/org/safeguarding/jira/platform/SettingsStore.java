package org.safeguarding.jira.platform;

import org.safeguarding.referral.AppSettings;

/** Where the app's settings are kept: SAL's plugin settings in Jira, memory in the preview host and the tests. */
public interface SettingsStore {
    AppSettings read();

    /** Replaces every setting; check them first ({@link org.safeguarding.referral.AppSettingsRules}). */
    void save(AppSettings settings);
}
