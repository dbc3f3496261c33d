package org.safeguarding.jira.leads;

import org.safeguarding.referral.AppSettings;

/**
 * Told when the organisation names other safeguarding leads, so that whoever Jira lets see confidential cases follows:
 * Jira's adapter updates the confidential issue security level; the preview host has none.
 */
public interface LeadAccess {
    void leadsNamed(AppSettings settings);
}
