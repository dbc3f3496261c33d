package org.safeguarding.jira.panel;

import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.ResourceDirectory;

/** Where the panel gets the directory of helplines and services, and the plain-language explanations, from. */
public interface DirectorySource {
    ResourceDirectory directory();

    Explanations explanations();
}
