package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class JarContentCheckTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void check_shouldAcceptOurOwnClassesAndResources() {
        assertThat(check(FixtureJar.ofBuildOutput(), Flavour.JIRA10), empty());
    }

    @Test
    public void check_shouldRejectAPackagedStandIn() {
        FixtureJar jar = FixtureJar.ofBuildOutput().with("com/atlassian/sal/api/user/UserManager.class", "stand-in");

        assertThat(check(jar, Flavour.JIRA10), contains(containsString(
                "com/atlassian/sal/api/user/UserManager.class: host API or stand-in packaged")));
    }

    @Test
    public void check_shouldRejectAPackagedJavaxOrJakartaClass() {
        FixtureJar jar = FixtureJar.ofBuildOutput()
                .with("javax/inject/Named.class", "api")
                .with("jakarta/inject/Named.class", "api");

        assertThat(check(jar, Flavour.JIRA10), contains(containsString("jakarta/inject/Named.class: host API"),
                containsString("javax/inject/Named.class: host API")));
    }

    @Test
    public void check_shouldRejectAClassOutsideOurPackages() {
        FixtureJar jar = FixtureJar.ofBuildOutput().with("com/google/gson/Gson.class", "library");

        assertThat(check(jar, Flavour.JIRA10), contains(containsString("class outside org/safeguarding/")));
    }

    @Test
    public void check_shouldRejectJavaEeReferencesInTheJira11Bundle() {
        List<String> problems = check(FixtureJar.ofBuildOutput(), Flavour.JIRA11);

        assertThat(problems, hasItems(
                containsString("AdminServlet.class: the jira11 bundle still references javax.servlet"),
                containsString("AdminServlet.class: the jira11 bundle still references javax.inject"),
                containsString("MANIFEST.MF: the jira11 bundle imports javax.servlet")));
    }

    private List<String> check(FixtureJar jar, Flavour flavour) {
        return JarContentCheck.check(jar.build(folder.getRoot().toPath()), flavour);
    }
}
