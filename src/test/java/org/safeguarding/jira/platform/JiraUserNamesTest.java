package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraUserNamesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager users;
    @Mock
    private ApplicationUser amira;

    @Test
    public void displayName_shouldBeTheUsersNameOrTheKeyOfOneJiraNoLongerHas() {
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(amira);
        when(amira.getDisplayName()).thenReturn("Amira Haddad");
        JiraUserNames names = new JiraUserNames(users);

        assertThat(names.displayName("JIRAUSER10100"), is("Amira Haddad"));
        assertThat(names.displayName("JIRAUSER10999"), is("JIRAUSER10999"));
    }
}
