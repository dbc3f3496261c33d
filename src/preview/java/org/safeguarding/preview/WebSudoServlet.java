package org.safeguarding.preview;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;

/**
 * {@code /preview/websudo}: where Jira asks an admin to confirm their password before its administration pages. The
 * preview has no passwords, so confirming is one button; its form carries the session's token, as the sign-in form's
 * does, and it goes back only to a page of this host.
 */
final class WebSudoServlet extends HttpServlet {
    static final String PATH = "/preview/websudo";
    private static final long serialVersionUID = 1L;

    private final transient PreviewUser user;

    WebSudoServlet(PreviewUser user) {
        this.user = user;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Element form = new Element("form").addClass("aui").attr("method", "post").attr("action", PATH);
        form.appendElement("p").text("Jira asks for your password again before its administration pages, and "
                + "before changes that cannot be undone such as anonymising a case. The preview has no passwords: "
                + "confirm to go on.");
        FormToken.in(form, user);
        form.appendElement("input").attr("type", "hidden").attr("name", "destination")
                .val(localPage(request.getParameter("destination")));
        form.appendElement("button").addClass("aui-button aui-button-primary").attr("type", "submit")
                .attr("id", "preview-confirm-password").text("Confirm");
        PreviewFrame.write(response, user, "Confirm your password", form);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (FormToken.refused(request, response, user)) {
            return;
        }
        user.session().passwordConfirmed(true);
        response.sendRedirect(localPage(request.getParameter("destination")));
    }

    /**
     * The page to go back to: one of this host's, never another site's (not {@code //elsewhere} either), and never an
     * address with a control character in it (a line break would split the redirect's header), as Jira refuses them.
     */
    private static String localPage(String destination) {
        return destination != null && destination.startsWith("/") && !destination.startsWith("//")
                && !destination.startsWith("/\\") && destination.chars().noneMatch(Character::isISOControl)
                ? destination : "/";
    }
}
