package org.safeguarding.jira.panel;

import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.ResourceDirectory;

/** A directory and explanations given, as a directory source for tests and benchmarks. */
public record DirectoryOf(ResourceDirectory directory, Explanations explanations) implements DirectorySource {
}
