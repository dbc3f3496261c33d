package org.safeguarding.jira.setup;

import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.resolution.Resolution;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.Texts;

/**
 * Makes sure Jira has each way a case can end as a resolution (Referred and supported, Declined support, …), found by
 * recorded id or name, else created; never renamed or removed.
 */
@Named
public class ResolutionSetup {
    private final ResolutionManager resolutions;
    private final Texts texts;

    @Inject
    public ResolutionSetup(ResolutionManager resolutions, Texts texts) {
        this.resolutions = resolutions;
        this.texts = texts;
    }

    void ensure(SetupRecorder recorder) {
        for (org.safeguarding.referral.Resolution ours : org.safeguarding.referral.Resolution.values()) {
            String name = texts.text(ours.labelKey());
            Optional<Resolution> existing = recorder.ids().resolution(ours.id()).map(resolutions::getResolution)
                    .or(() -> resolutions.getResolutions().stream()
                            .filter(resolution -> name.equals(resolution.getName())).findFirst());
            if (existing.isPresent()) {
                recorder.found("resolution " + name, ids -> ids.withResolution(ours.id(), existing.get().getId()));
            } else {
                Resolution created = resolutions.createResolution(name, texts.text(ours.labelKey() + ".description"));
                recorder.created("resolution " + name, ids -> ids.withResolution(ours.id(), created.getId()));
            }
        }
    }
}
