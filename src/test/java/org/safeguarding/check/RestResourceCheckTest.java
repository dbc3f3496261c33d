package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.safeguarding.check.fixtures.UnguardedResource;

public class RestResourceCheckTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void check_shouldAcceptOurResources() {
        assertThat(check(FixtureJar.ofBuildOutput()), empty());
    }

    @Test
    public void check_shouldRejectAnUnguardedResourceThatTakesFormsOutsideTheRestPackage() {
        List<String> problems = check(FixtureJar.ofBuildOutput().withClass(UnguardedResource.class));

        assertThat(problems, containsInAnyOrder(
                containsString("UnguardedResource.class: resource is outside the packages the <rest> module scans"),
                containsString("UnguardedResource.class: POST save has no access annotation"),
                containsString("UnguardedResource.class: POST save must accept application/json only")));
    }

    /** Each resource, wherever its feature keeps it, is served only from a package the module scans. */
    @Test
    public void check_shouldRejectEveryResourceWhenTheRestModuleScansAnotherPackage() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(PluginJar.DESCRIPTOR, descriptor -> descriptor.replaceAll(
                "<package>[^<]+</package>", "<package>org.safeguarding.jira.api</package>"));

        List<String> problems = check(jar);

        assertThat(problems, hasItems(
                containsString("sharing/AgencyLogResource.class: resource is outside the packages"),
                containsString("leads/DutyResource.class: resource is outside the packages"),
                containsString("assessment/AssessmentResource.class: resource is outside the packages"),
                containsString("plan/PlanResource.class: resource is outside the packages"),
                containsString("admin/ChecklistResource.class: resource is outside the packages")));
        assertThat(problems.stream().filter(problem -> problem.contains("Resource.class: resource is outside"))
                .count(), is(21L));
    }

    private List<String> check(FixtureJar jar) {
        return RestResourceCheck.check(jar.build(folder.getRoot().toPath()), Flavour.JIRA10);
    }
}
