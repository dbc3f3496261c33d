package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ManifestCheckTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void check_shouldAcceptBndsManifest() {
        assertThat(check(FixtureJar.ofBuildOutput()), empty());
    }

    @Test
    public void check_shouldRejectAVersionRangeOnAnImport() {
        FixtureJar jar = FixtureJar.ofBuildOutput()
                .withHeader("Import-Package", "javax.ws.rs;version=\"[2.1,3)\",javax.inject");

        assertThat(check(jar), contains(containsString("Import-Package javax.ws.rs has version=\"[2.1,3)\"")));
    }

    @Test
    public void check_shouldRejectAnExportPackage() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withHeader("Export-Package", "org.safeguarding.jira");

        assertThat(check(jar), contains(containsString("Export-Package must be empty")));
    }

    @Test
    public void check_shouldRejectASymbolicNameThatIsNotThePluginKey() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withHeader("Bundle-SymbolicName", "safeguarding");

        assertThat(check(jar), contains(containsString("Bundle-SymbolicName 'safeguarding' differs")));
    }

    @Test
    public void check_shouldRejectAMissingPluginKey() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withoutHeader("Atlassian-Plugin-Key");

        assertThat(check(jar), contains(containsString("no Atlassian-Plugin-Key"),
                containsString("Atlassian-Plugin-Key '' differs from the descriptor key")));
    }

    @Test
    public void check_shouldRejectAMissingSpringContext() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withoutHeader("Spring-Context");

        assertThat(check(jar), contains(containsString("Spring-Context must be '*'")));
    }

    @Test
    public void check_shouldRejectABundleVersionThatDiffersFromTheDescriptor() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withHeader("Bundle-Version", "9.9.9");

        assertThat(check(jar), contains(containsString("Bundle-Version 9.9.9 does not match plugin-info version")));
    }

    @Test
    public void check_shouldRejectAMavenStyleBundleVersion() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withHeader("Bundle-Version", "0.1.0-SNAPSHOT");

        assertThat(check(jar), contains(containsString("Bundle-Version '0.1.0-SNAPSHOT' is not an OSGi version")));
    }

    @Test
    public void check_shouldRejectEmbeddedLibraries() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withHeader("Bundle-ClassPath", ".,META-INF/lib/gson.jar");

        assertThat(check(jar), contains(containsString("embeds libraries")));
    }

    private List<String> check(FixtureJar jar) {
        return ManifestCheck.check(jar.build(folder.getRoot().toPath()));
    }
}
