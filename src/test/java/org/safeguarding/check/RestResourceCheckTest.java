package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

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

    @Test
    public void check_shouldRejectAResourceWhenTheRestModuleScansAnotherPackage() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(PluginJar.DESCRIPTOR, descriptor -> descriptor.replace(
                "<package>org.safeguarding.jira.rest</package>", "<package>org.safeguarding.jira.api</package>"));

        assertThat(check(jar), containsInAnyOrder(
                containsString("rest/AnonymiseResource.class: resource is outside the packages"),
                containsString("rest/ChecklistResource.class: resource is outside the packages"),
                containsString("rest/AssessmentResource.class: resource is outside the packages"),
                containsString("rest/ConcernResource.class: resource is outside the packages"),
                containsString("rest/EnablementResource.class: resource is outside the packages"),
                containsString("rest/IssueAssessmentResource.class: resource is outside the packages"),
                containsString("rest/PlanResource.class: resource is outside the packages"),
                containsString("rest/ResourcesResource.class: resource is outside the packages"),
                containsString("rest/SettingsResource.class: resource is outside the packages"),
                containsString("rest/SubjectAccessResource.class: resource is outside the packages"),
                containsString("rest/SetupResource.class: resource is outside the packages"),
                containsString("rest/SelfCheckResource.class: resource is outside the packages"),
                containsString("rest/WorkResource.class: resource is outside the packages")));
    }

    private List<String> check(FixtureJar jar) {
        return RestResourceCheck.check(jar.build(folder.getRoot().toPath()), Flavour.JIRA10);
    }
}
