package org.safeguarding.preview;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;

/**
 * The session's token in every form the preview posts, and the check of it, as Jira's XSRF token guards its own
 * create, edit and transition screens: a page on another site can make the browser post a form here, but cannot read
 * the token to put in it.
 */
final class FormToken {
    static final String NAME = "token";

    private FormToken() {
    }

    /** Puts the session's token in the form; answers the form. */
    static Element in(Element form, PreviewUser user) {
        form.appendElement("input").attr("type", "hidden").attr("name", NAME).val(user.session().token());
        return form;
    }

    /** Whether the post came without this session's token; if so, it has been answered 403 and must do nothing. */
    static boolean refused(HttpServletRequest request, HttpServletResponse response, PreviewUser user)
            throws IOException {
        if (user.session().carries(request.getParameter(NAME))) {
            return false;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, SignInServlet.EXPIRED);
        return true;
    }
}
