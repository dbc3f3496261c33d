package org.safeguarding.preview;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;

/**
 * {@code /preview/sign-in}: choose who you are in this browser (admin, lead, worker or nobody), to see what each
 * sees, or have the preview ask for your password again before admin pages. Jira's own login page stands here: the
 * plugin sends people who are not logged in to it. Each form carries the browser's session token: a page on another
 * site cannot change who the browser is.
 */
final class SignInServlet extends HttpServlet {
    static final String PATH = "/preview/sign-in";
    static final String EXPIRED = "This form has expired or came from another site. Open the page again and use it.";
    private static final String ASK_AGAIN = "ask-for-password";
    private static final long serialVersionUID = 1L;

    private final transient PreviewUser user;

    SignInServlet(PreviewUser user) {
        this.user = user;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Element choices = new Element("ul");
        for (PreviewUser.Role role : PreviewUser.Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            choices.appendElement("li").appendChild(form(name, role == PreviewUser.Role.ANONYMOUS ? "Sign out"
                    : "Sign in as " + name));
        }
        choices.appendElement("li").appendChild(form(ASK_AGAIN,
                "Ask for my password again before admin pages (as when Jira's confirmation has expired)"));
        PreviewFrame.write(response, user, "Who are you in the preview?", choices);
    }

    private Element form(String as, String label) {
        return FormToken.in(new Element("form").attr("method", "post").attr("action", PATH), user)
                .appendChild(new Element("input").attr("type", "hidden").attr("name", "as").val(as))
                .appendChild(new Element("button").addClass("aui-button").attr("type", "submit").text(label));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (FormToken.refused(request, response, user)) {
            return;
        }
        PreviewSession session = user.session();
        String as = String.valueOf(request.getParameter("as"));
        if (as.equals(ASK_AGAIN)) {
            session.passwordConfirmed(false);
        } else if (Arrays.stream(PreviewUser.Role.values()).anyMatch(role -> role.name().equalsIgnoreCase(as))) {
            session.signInAs(PreviewUser.Role.valueOf(as.toUpperCase(Locale.ROOT)));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "as must be admin, lead, worker or anonymous");
            return;
        }
        response.sendRedirect("/");
    }
}
