package org.safeguarding.jira.panel;

import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.ResourceDirectory;

/** The directory and explanations shipped in the app, as a directory source for tests. */
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
