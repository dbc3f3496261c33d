package org.safeguarding.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Validator;
import java.util.Map;

/**
 * Reporting someone missing is never refused: police must hear at once, and the case's panel then asks for the
 * description they need (issue 15). The workflow this version installs has no validator on Report missing; this one
 * stays, letting every report through, for the workflows earlier versions installed with it, which name it and
 * would fail to load it otherwise.
 */
public class MissingValidator implements Validator {
    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) {
        // Nothing refuses a report of a missing person.
    }
}
