package org.safeguarding.jira.platform.rest;

import java.util.function.Supplier;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;

/** Logged in and a Jira admin, checked by us too: the REST annotations are the framework's check, this is ours. */
public final class AdminAccess {
    private AdminAccess() {
    }

    public static Response asAdmin(CurrentUser currentUser, Texts texts, Supplier<Response> action) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        if (!currentUser.isAdmin()) {
            return ErrorsJson.status(Response.Status.FORBIDDEN, "safeguarding.error.admins-only", texts);
        }
        return action.get();
    }
}
