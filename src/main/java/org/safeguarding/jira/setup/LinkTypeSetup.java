package org.safeguarding.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.Texts;

/**
 * Makes sure Jira has the app's own issue link type, "Safeguarding connection", with which a lead links cases that
 * share a place, phone or person, so that Jira's issue view, boards and JQL ({@code issueLinkType = "Safeguarding
 * connection"}) show them. Found by recorded id or name, else created; never renamed or removed.
 */
@Named
public class LinkTypeSetup {
    private final IssueLinkTypeManager linkTypes;
    private final Texts texts;

    @Inject
    public LinkTypeSetup(IssueLinkTypeManager linkTypes, Texts texts) {
        this.linkTypes = linkTypes;
        this.texts = texts;
    }

    void ensure(SetupRecorder recorder) {
        String name = texts.text("safeguarding.link-type.name");
        Optional<IssueLinkType> existing = recorder.ids().linkType().map(linkTypes::getIssueLinkType)
                .or(() -> named(name));
        if (existing.isPresent()) {
            recorder.found("issue link type " + name, ids -> ids.withLinkType(existing.get().getId()));
            return;
        }
        String both = texts.text("safeguarding.link-type.description");
        linkTypes.createIssueLinkType(name, both, both, null);
        Optional<IssueLinkType> created = named(name);
        if (created.isEmpty()) {
            recorder.problem("Jira did not keep the issue link type " + name);
            return;
        }
        recorder.created("issue link type " + name, ids -> ids.withLinkType(created.get().getId()));
    }

    /** Jira's createIssueLinkType gives back nothing: the new type is found by its name. */
    private Optional<IssueLinkType> named(String name) {
        return linkTypes.getIssueLinkTypesByName(name).stream().findFirst();
    }
}
