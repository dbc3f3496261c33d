package org.safeguarding.browser;

import java.util.List;
import java.util.Optional;
import org.junit.rules.ExternalResource;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.preview.PreviewServer;
import org.safeguarding.preview.PreviewUser;
import org.safeguarding.referral.CaseAccess;

/** A fresh preview host for each test, on a free port, so no test sees another's changes. */
public final class Preview extends ExternalResource {
    private PreviewServer server;

    @Override
    protected void before() throws Exception {
        server = PreviewServer.start(0, Browser.PACKAGES);
    }

    @Override
    protected void after() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("the preview did not stop", e);
        }
    }

    public String url(String path) {
        return server.base() + path;
    }

    /** A case's fields as the preview holds them: Jira's field API's stand-in. */
    public Optional<CaseValues> values(String caseKey) {
        return server.values(caseKey);
    }

    /** A case's access log, newest first. */
    public List<CaseAccess> accessLog(String caseKey) {
        return server.accessLog(caseKey);
    }

    public void signInAs(PreviewUser.Role role) {
        server.user().signInAs(role);
    }

    /** As a Jira with Jira Software, whose boards' REST API the Projects page uses. */
    public void installJiraSoftware() {
        server.installJiraSoftware();
    }

    /** As when the password confirmation of every browser that has not confirmed it itself has expired. */
    public void expireWebSudo() {
        server.user().expireWebSudo();
    }
}
