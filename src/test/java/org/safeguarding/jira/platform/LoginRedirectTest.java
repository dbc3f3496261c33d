package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.net.URI;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class LoginRedirectTest {
    private static final String PAGE = "https://jira.example/plugins/servlet/safeguarding/work";

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;
    @Mock
    private UserManager users;
    @Mock
    private LoginUriProvider login;

    @Test
    public void loggedIn_shouldSendSomeoneLoggedOutToLogInAndBackWhateverTheQueryHolds() throws Exception {
        Map<String, String> escaped = Map.of("|", "%7C", "\"", "%22", "<", "%3C", "{", "%7B", "^", "%5E", "`", "%60",
                "\\", "%5C", "%", "%25", "%zz", "%25zz", " ", "%20");
        for (Map.Entry<String, String> character : escaped.entrySet()) {
            ArgumentCaptor<URI> back = ArgumentCaptor.forClass(URI.class);
            when(request.getRequestURL()).thenReturn(new StringBuffer(PAGE));
            when(request.getQueryString()).thenReturn("case=SG-1&q=a" + character.getKey() + "b");
            when(login.getLoginUri(back.capture())).thenReturn(URI.create("https://jira.example/login.jsp"));

            assertThat(character.getKey(), LoginRedirect.loggedIn(request, response, users, login), is(false));
            assertThat(character.getKey(), back.getValue().toString(),
                    is(PAGE + "?case=SG-1&q=a" + character.getValue() + "b"));
        }
    }

    @Test
    public void send_shouldKeepAnAddressThatIsAlreadyValidAsItIs() throws Exception {
        ArgumentCaptor<URI> back = ArgumentCaptor.forClass(URI.class);
        when(request.getRequestURL()).thenReturn(new StringBuffer(PAGE));
        when(request.getQueryString()).thenReturn("case=SG-1&name=Ana%20Mar%C3%ADa&list=a,b;c");
        when(login.getLoginUri(back.capture()))
                .thenReturn(URI.create("https://jira.example/login.jsp?os_destination=x"));

        LoginRedirect.send(request, response, login);

        assertThat(back.getValue().toString(), is(PAGE + "?case=SG-1&name=Ana%20Mar%C3%ADa&list=a,b;c"));
        verify(response).sendRedirect("https://jira.example/login.jsp?os_destination=x");
    }

    @Test
    public void escapeUnsafe_shouldEscapeLettersBeyondAsciiAsUtf8() {
        assertThat(LoginRedirect.escapeUnsafe("/x?name=Zoë&city=القاهرة"),
                is("/x?name=Zo%C3%AB&city=%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9"));
    }

    @Test
    public void loggedIn_shouldLetSomeoneLoggedInThroughWithoutARedirect() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(new UserKey("amira"));

        assertThat(LoginRedirect.loggedIn(request, response, users, login), is(true));
        verify(response, never()).sendRedirect(any());
    }
}
