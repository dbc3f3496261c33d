package org.safeguarding.jira.web;

import java.util.Optional;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;

/** What the organisation has told the app about itself, as the assessment and the panel need it. */
public interface OrganisationSettings {
    /** Whether it is a First Responder, whether it has the Duty to Notify. */
    Organisation organisation();

    /** The nation it works in, when it works in one only: where a case that does not say is taken to be. */
    Optional<Nation> onlyNation();
}
