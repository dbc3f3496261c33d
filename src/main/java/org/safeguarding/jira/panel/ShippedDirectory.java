package org.safeguarding.jira.panel;

import javax.inject.Named;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.ResourceDirectory;

/** The directory shipped in the app, read once: what the panel shows until the admin-editable directory exists. */
@Named
public class ShippedDirectory implements DirectorySource {
    private final ResourceDirectory directory = DefaultDirectory.load();

    @Override
    public ResourceDirectory directory() {
        return directory;
    }
}
