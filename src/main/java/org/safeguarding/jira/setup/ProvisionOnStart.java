package org.safeguarding.jira.setup;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs set-up once Jira has started and whenever the app is enabled, so a new install is ready to use. */
@Named
@ExportAsService(LifecycleAware.class)
public class ProvisionOnStart implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(ProvisionOnStart.class);

    private final Provisioning provisioning;

    @Inject
    public ProvisionOnStart(Provisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void onStart() {
        SetupReport report = provisioning.run();
        LOG.info("Safeguarding for Jira set-up: {} created, {} already there", report.created().size(),
                report.found().size());
        report.problems().forEach(problem -> LOG.error("Safeguarding for Jira set-up: {}", problem));
    }

    @Override
    public void onStop() {
        // Nothing to release: set-up holds no resources between runs.
    }
}
