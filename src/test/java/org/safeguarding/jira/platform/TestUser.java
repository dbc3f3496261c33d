package org.safeguarding.jira.platform;

import java.util.Optional;

/** The user making requests in a test: anonymous, a worker or an admin, switchable between requests. */
public final class TestUser implements CurrentUser {
    private String key;
    private boolean admin;

    public static TestUser worker() {
        TestUser user = new TestUser();
        user.key = "worker";
        return user;
    }

    public TestUser anonymous() {
        key = null;
        admin = false;
        return this;
    }

    /** Logged in, not an admin, and (where the test says so) a safeguarding lead. */
    public TestUser lead() {
        key = "lead";
        admin = false;
        return this;
    }

    public TestUser notAdmin() {
        key = "worker";
        admin = false;
        return this;
    }

    public TestUser admin() {
        key = "admin";
        admin = true;
        return this;
    }

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    @Override
    public boolean isAdmin() {
        return admin;
    }
}
