package org.safeguarding.jira.admin;

import java.time.Clock;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.setup.SetupRuns;

/** The app in this Jira: what set-up last did, and what the self-check found missing and switched off. */
@Named
public class JiraArea implements AdminArea {
    private final SetupRuns setupRuns;
    private final SelfCheck selfCheck;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public JiraArea(SetupRuns setupRuns, SelfCheck selfCheck, Texts texts, Clock clock) {
        this.setupRuns = setupRuns;
        this.selfCheck = selfCheck;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "jira";
    }

    @Override
    public Map<String, Object> model(HttpServletRequest request) {
        return Map.of("setup", SetupSection.of(setupRuns.latest(), texts, clock.getZone()),
                "selfCheck", SelfCheckSection.of(selfCheck.result(), texts, clock.getZone()));
    }
}
