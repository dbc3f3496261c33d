package org.safeguarding.jira.admin;

import java.time.Clock;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import org.safeguarding.jira.platform.AppVersion;
import org.safeguarding.jira.platform.DataVersion;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.setup.SetupRuns;

/**
 * The app in this Jira: what set-up last did, what the self-check found missing and switched off, and which version is
 * installed, with a warning when a newer one has used the data before.
 */
@Named
public class JiraArea implements AdminArea {
    private final SetupRuns setupRuns;
    private final SelfCheck selfCheck;
    private final AppVersion appVersion;
    private final DataVersion dataVersion;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public JiraArea(SetupRuns setupRuns, SelfCheck selfCheck, AppVersion appVersion, DataVersion dataVersion,
                    Texts texts, Clock clock) {
        this.setupRuns = setupRuns;
        this.selfCheck = selfCheck;
        this.appVersion = appVersion;
        this.dataVersion = dataVersion;
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
                "selfCheck", SelfCheckSection.of(selfCheck.result(), texts, clock.getZone()),
                "version", appVersion.version(), "newerVersion", dataVersion.newer().orElse(""));
    }
}
