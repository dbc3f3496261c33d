package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class HostApiListCheckTest {
    private static final String LIST = "META-INF/safeguarding/host-api.txt";
    private static final String UPDATE_ISSUE = "method com/atlassian/jira/issue/IssueManager updateIssue "
            + "(Lcom/atlassian/jira/user/ApplicationUser;Lcom/atlassian/jira/issue/MutableIssue;"
            + "Lcom/atlassian/jira/event/type/EventDispatchOption;Z)Lcom/atlassian/jira/issue/Issue; interface";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void check_shouldFindTheBuildsListExactlyRight() {
        assertThat(check(FixtureJar.ofBuildOutput()), empty());
    }

    @Test
    public void check_shouldRejectAJarWithoutTheList() {
        assertThat(check(FixtureJar.ofBuildOutput().without(LIST)),
                contains(containsString("has no META-INF/safeguarding/host-api.txt, so the app cannot check its Jira")));
    }

    @Test
    public void check_shouldRejectAListThatLeavesOutAMemberTheClassesUse() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(LIST, list -> list.replaceAll("(?m)^" + Pattern.quote(UPDATE_ISSUE)
                + " by .*\n", ""));

        assertThat(check(jar), contains(containsString("the list lacks METHOD com/atlassian/jira/issue/IssueManager "
                + "updateIssue")));
    }

    @Test
    public void check_shouldRejectAListThatNamesAMemberNoClassUses() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(LIST, list -> list
                + "method com/atlassian/jira/issue/IssueManager teleport ()V interface by org.safeguarding.jira.cases.JiraCases\n");

        assertThat(check(jar), contains(containsString("the list names METHOD com/atlassian/jira/issue/IssueManager "
                + "teleport ()V INTERFACE, which no class uses")));
    }

    @Test
    public void check_shouldRejectAListWrongAboutHowAMemberIsCalled() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit(LIST, list -> list.replace(UPDATE_ISSUE + " by ",
                UPDATE_ISSUE.replace(" interface", " virtual") + " by "));

        assertThat(check(jar), contains(
                containsString("the list lacks METHOD com/atlassian/jira/issue/IssueManager updateIssue"),
                containsString("the list names METHOD com/atlassian/jira/issue/IssueManager updateIssue")));
    }

    @Test
    public void scan_shouldSayHowTheBytecodeLinksToEachHostTypeAndMember() throws Exception {
        List<String> lines = HostApiScanner.scan(java.nio.file.Path.of("target", "classes"));

        assertThat(lines, hasItems(
                startsWith(UPDATE_ISSUE + " by "),
                startsWith("method com/atlassian/jira/util/ImportUtils isIndexIssues "
                        + "()Z static by "),
                startsWith("method com/atlassian/jira/permission/PermissionSchemeEntry getType ()Ljava/lang/String; "
                        + "virtual by "),
                startsWith("class com/atlassian/jira/issue/customfields/impl/CalculatedCFType extended by "),
                startsWith("class com/atlassian/sal/api/lifecycle/LifecycleAware implemented by "),
                startsWith("field com/atlassian/jira/event/type/EventType ISSUE_CREATED_ID Ljava/lang/Long; "
                        + "static-field by ")));
    }

    private List<String> check(FixtureJar jar) {
        return HostApiListCheck.check(jar.build(folder.getRoot().toPath()), Flavour.JIRA10);
    }
}
