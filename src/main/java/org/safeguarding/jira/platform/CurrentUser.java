package org.safeguarding.jira.platform;

import java.util.Optional;

/** Who is making the request. Jira answers through SAL; the tests and the preview host answer in memory. */
public interface CurrentUser {
    /** The logged-in user's key, or empty for someone who has not logged in. */
    Optional<String> key();

    /** Whether the current user is a Jira administrator. */
    boolean isAdmin();
}
