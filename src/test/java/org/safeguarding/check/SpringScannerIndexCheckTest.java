package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.safeguarding.check.fixtures.UnindexedComponent;

public class SpringScannerIndexCheckTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void check_shouldFindTheIndexInStepWithTheBuildOutput() {
        assertThat(check(FixtureJar.ofBuildOutput()), empty());
    }

    @Test
    public void check_shouldNameAnImportLineThatIsMissing() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(SpringScannerIndexCheck.IMPORT_INDEX,
                index -> index.replace("com.atlassian.sal.api.user.UserManager#salUserManager\n", ""));

        assertThat(check(jar), contains(containsString(SpringScannerIndexCheck.IMPORT_INDEX
                + ": missing line 'com.atlassian.sal.api.user.UserManager#salUserManager' "
                + "(@ComponentImport on field org.safeguarding.jira.platform.ComponentImports.salUserManager)")));
    }

    @Test
    public void check_shouldNameALineThatNoClassDeclares() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(SpringScannerIndexCheck.COMPONENT_INDEX,
                index -> index + "org.safeguarding.jira.Gone\n");

        assertThat(check(jar), contains(containsString(SpringScannerIndexCheck.COMPONENT_INDEX
                + ": extra line 'org.safeguarding.jira.Gone': no compiled class declares it")));
    }

    @Test
    public void check_shouldNameTheBeanAndConstructorImportOfAnUnindexedClass() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withClass(UnindexedComponent.class);

        assertThat(check(jar), containsInAnyOrder(
                containsString("component: missing line '" + UnindexedComponent.class.getName() + "#unindexed'"),
                containsString("imports: missing line 'com.atlassian.templaterenderer.TemplateRenderer"
                        + "#fixtureRenderer' (@ComponentImport on constructor parameter 0 of "
                        + UnindexedComponent.class.getName() + ")")));
    }

    @Test
    public void check_shouldRejectADuplicatedLine() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(SpringScannerIndexCheck.COMPONENT_INDEX,
                index -> index + "org.safeguarding.jira.admin.AdminServlet\n");

        assertThat(check(jar), contains(containsString("line 'org.safeguarding.jira.admin.AdminServlet' appears twice")));
    }

    @Test
    public void check_shouldRequireTheSpringContextThatReadsTheIndex() {
        FixtureJar jar = FixtureJar.ofBuildOutput().without(SpringScannerIndexCheck.SPRING_CONTEXT);

        assertThat(check(jar), contains(containsString("Spring never reads the scanner indexes")));
    }

    @Test
    public void check_shouldRequireScanIndexesInTheSpringContext() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(SpringScannerIndexCheck.SPRING_CONTEXT,
                context -> context.replace("<atlassian-scanner:scan-indexes/>", ""));

        assertThat(check(jar), contains(containsString("needs exactly one <atlassian-scanner:scan-indexes/>")));
    }

    private java.util.List<String> check(FixtureJar jar) {
        return SpringScannerIndexCheck.check(jar.build(folder.getRoot().toPath()));
    }
}
