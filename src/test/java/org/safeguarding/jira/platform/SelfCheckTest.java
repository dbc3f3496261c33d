package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class SelfCheckTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String LIST = String.join("\n",
            "servlet javax/servlet/",
            "class com/atlassian/jira/issue/IssueManager named by org.safeguarding.Adapter",
            "method com/atlassian/jira/issue/IssueManager teleport (Ljava/lang/String;)V interface "
                    + "by org.safeguarding.Adapter",
            "method com/atlassian/jira/issue/IssueManager getIssueObject (Ljava/lang/String;)"
                    + "Lcom/atlassian/jira/issue/MutableIssue; interface by org.safeguarding.Other",
            "uses org.safeguarding.Seam org.safeguarding.Adapter",
            "uses org.safeguarding.AnonymiseServlet org.safeguarding.Seam",
            "uses org.safeguarding.PlanServlet org.safeguarding.Other",
            "uses org.safeguarding.Adapter",
            "uses org.safeguarding.Other");

    private final SelfCheck check = new SelfCheck(() -> new ByteArrayInputStream(LIST.getBytes(StandardCharsets.UTF_8)),
            getClass().getClassLoader(), "javax/servlet/", CLOCK);

    @Test
    public void result_shouldNameWhatThisJiraLacksAndEveryPartOfTheAppThatReachesIt() {
        SelfCheck.Result result = check.result();

        assertThat(result.checked(), is(3));
        assertThat(result.allPresent(), is(false));
        assertThat(result.checkedAt(), is(CLOCK.instant()));
        assertThat(result.missing().size(), is(1));
        assertThat(result.missing().get(0).missing().member().readable(), is("IssueManager.teleport(String)"));
        assertThat(result.missing().get(0).reachedFrom(), is(Set.of("org.safeguarding.Adapter",
                "org.safeguarding.Seam", "org.safeguarding.AnonymiseServlet")));
    }

    @Test
    public void missingFor_shouldSwitchOffOnlyThePartsThatReachAMissingMember() throws Exception {
        assertThat(check.missingFor(Class.forName("org.safeguarding.jira.records.AnonymiseServlet")), empty());
        assertThat(check.missingFor("org.safeguarding.AnonymiseServlet").size(), is(1));
        assertThat(check.missingFor("org.safeguarding.Seam").size(), is(1));
        assertThat(check.missingFor("org.safeguarding.PlanServlet"), empty());
    }

    @Test
    public void result_shouldSayTheListIsMissingAndSwitchNothingOff() {
        SelfCheck withoutList = new SelfCheck(() -> null, getClass().getClassLoader(), "javax/servlet/", CLOCK);

        assertThat(withoutList.result().unreadable(),
                is(Optional.of("the app's list of the Jira API it uses is missing from its jar")));
        assertThat(withoutList.result().allPresent(), is(false));
        assertThat(withoutList.missingFor(SelfCheck.class), empty());
    }

    @Test
    public void result_shouldSayTheListCannotBeRead() {
        SelfCheck garbled = new SelfCheck(() -> new ByteArrayInputStream("nonsense".getBytes(StandardCharsets.UTF_8)),
                getClass().getClassLoader(), "javax/servlet/", CLOCK);

        assertThat(garbled.result().unreadable().orElseThrow(),
                is("the app's list of the Jira API it uses could not be read: not a line of the host API list: "
                        + "nonsense"));
    }

    @Test
    public void theBuiltApp_shouldFindEveryMemberItUsesInTheJiraItWasBuiltFor() {
        SelfCheck.Result built = new SelfCheck(new UkClock()).checkAgain();

        assertThat(built.unreadable(), is(Optional.empty()));
        assertThat(built.missing().stream().map(found -> found.missing().problem()).toList(), empty());
        assertThat(built.allPresent(), is(true));
    }

}
