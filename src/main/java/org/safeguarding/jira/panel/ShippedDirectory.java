package org.safeguarding.jira.panel;

import javax.inject.Named;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.ResourceDirectory;

/**
 * The directory and explanations shipped in the app, read once: what the panel shows until the admin-editable
 * directory exists.
 */
@Named
public class ShippedDirectory implements DirectorySource {
    private final ResourceDirectory directory = DefaultDirectory.load();
    private final Explanations explanations = Explanations.shipped();

    @Override
    public ResourceDirectory directory() {
        return directory;
    }

    @Override
    public Explanations explanations() {
        return explanations;
    }
}
