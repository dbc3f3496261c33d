package org.safeguarding.jira.setup;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure the "Safeguarding concern" issue type exists, with its own icon, exactly once. */
@Named
public class IssueTypeSetup {
    static final String NAME_KEY = "safeguarding.issue-type.name";
    static final String DESCRIPTION_KEY = "safeguarding.issue-type.description";
    static final String ICON = "images/safeguarding-concern.png";
    private static final Logger LOG = LoggerFactory.getLogger(IssueTypeSetup.class);

    private final IssueTypeManager issueTypeManager;
    private final AvatarManager avatarManager;
    private final Texts texts;

    @Inject
    public IssueTypeSetup(IssueTypeManager issueTypeManager, AvatarManager avatarManager, Texts texts) {
        this.issueTypeManager = issueTypeManager;
        this.avatarManager = avatarManager;
        this.texts = texts;
    }

    /** The issue type, found by its recorded id or its name, or created; recorded in the returned ids. */
    IssueType ensure(SetupRecorder recorder) {
        String name = texts.text(NAME_KEY);
        Optional<IssueType> existing = recorder.ids().issueType().map(issueTypeManager::getIssueType)
                .or(() -> issueTypeManager.getIssueTypes().stream().filter(type -> name.equals(type.getName()))
                        .findFirst());
        if (existing.isPresent()) {
            recorder.found("issue type " + existing.get().getName(), ids -> ids.withIssueType(existing.get().getId()));
            return existing.get();
        }
        IssueType created = issueTypeManager.createIssueType(name, texts.text(DESCRIPTION_KEY), icon());
        recorder.created("issue type " + name, ids -> ids.withIssueType(created.getId()));
        return created;
    }

    /** Our own icon; Jira's default issue type icon when the image cannot be stored. */
    private Long icon() {
        try (InputStream png = IssueTypeSetup.class.getClassLoader().getResourceAsStream(ICON)) {
            if (png != null) {
                return avatarManager.create("safeguarding-concern.png", AvatarManager.PNG_CONTENT_TYPE,
                        IconType.ISSUE_TYPE_ICON_TYPE, new IconOwningObjectId("0"), png, null).getId();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not store the Safeguarding concern icon; using Jira's default issue type icon", e);
        }
        return avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
    }
}
