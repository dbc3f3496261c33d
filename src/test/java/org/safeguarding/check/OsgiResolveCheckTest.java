package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.allOf;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OsgiResolveCheckTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void check_shouldResolveTheBuildOutputAgainstJira10() {
        assertThat(check(FixtureJar.ofBuildOutput(), Flavour.JIRA10), empty());
    }

    @Test
    public void check_shouldFailToResolveAnImportNobodyExports() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withHeader("Import-Package", "javax.inject,com.example.nowhere");

        assertThat(check(jar, Flavour.JIRA10), contains(allOf(containsString("does not resolve against JIRA10"),
                containsString("com.example.nowhere"))));
    }

    @Test
    public void check_shouldFailToResolveJavaxImportsAgainstJira11() {
        assertThat(check(FixtureJar.ofBuildOutput(), Flavour.JIRA11), contains(allOf(
                containsString("does not resolve against JIRA11"), containsString("javax."))));
    }

    @Test
    public void check_shouldFailToResolveAJakartaRangeJira11DoesNotMeet() {
        FixtureJar jar = FixtureJar.ofBuildOutput()
                .withHeader("Import-Package", "jakarta.servlet.http;version=\"[5.0,6)\"");

        assertThat(check(jar, Flavour.JIRA11), contains(containsString("jakarta.servlet.http")));
    }

    @Test
    public void check_shouldReportABundleFelixRefuses() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withHeader("Import-Package", "javax.inject,javax.inject");

        assertThat(check(jar, Flavour.JIRA10), contains(containsString("Felix refused the bundle")));
    }

    private java.util.List<String> check(FixtureJar jar, Flavour flavour) {
        return OsgiResolveCheck.check(jar.build(folder.getRoot().toPath()), flavour);
    }
}
