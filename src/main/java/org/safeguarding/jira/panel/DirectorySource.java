package org.safeguarding.jira.panel;

import org.safeguarding.resources.ResourceDirectory;

/** Where the panel gets the directory of helplines and services from. */
public interface DirectorySource {
    ResourceDirectory directory();
}
