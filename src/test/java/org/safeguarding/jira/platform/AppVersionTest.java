package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

public class AppVersionTest {
    /** The build writes the pom's version into the descriptor; the surefire run is given the same. */
    @Test
    public void version_shouldBeTheOneTheBuildWroteIntoTheDescriptor() {
        assertThat(new AppVersion().version(), is(System.getProperty("safeguarding.version")));
    }
}
