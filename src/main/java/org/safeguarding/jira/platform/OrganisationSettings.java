package org.safeguarding.jira.platform;

import org.safeguarding.screening.Organisation;

/** What the organisation has told the app about itself: whether it is a First Responder, whether it has the Duty to Notify. */
public interface OrganisationSettings {
    Organisation organisation();
}
