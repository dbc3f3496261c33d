package org.safeguarding.preview;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;

/**
 * {@code /preview/sign-in}: choose who you are in the preview (admin, worker, or nobody), to see what each sees.
 * Jira's own login page stands here: the plugin sends people who are not logged in to it.
 */
final class SignInServlet extends HttpServlet {
    static final String PATH = "/preview/sign-in";
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
            choices.appendElement("li").appendElement("form").attr("method", "post").attr("action", PATH)
                    .appendChild(new Element("input").attr("type", "hidden").attr("name", "as").val(name))
                    .appendChild(new Element("button").addClass("aui-button").attr("type", "submit")
                            .text(role == PreviewUser.Role.ANONYMOUS ? "Sign out" : "Sign in as " + name));
        }
        PreviewFrame.write(response, user, "Who are you in the preview?", choices);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String as = String.valueOf(request.getParameter("as")).toUpperCase(Locale.ROOT);
        if (Arrays.stream(PreviewUser.Role.values()).noneMatch(role -> role.name().equals(as))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "as must be admin, worker or anonymous");
            return;
        }
        user.signInAs(PreviewUser.Role.valueOf(as));
        response.sendRedirect("/");
    }
}
