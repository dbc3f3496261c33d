package org.safeguarding.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItemImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * New, unsaved screens, screen schemes and scheme items. jira-api has no factory for them, so, like other public
 * plugins, we construct Jira's own implementations (jira-core); keeping that here, in one place, lets the rest of
 * set-up work on the public interfaces alone. See docs/compatibility.md.
 */
@Named
public class ScreenObjects {
    private final FieldScreenManager screens;
    private final FieldScreenSchemeManager schemes;

    @Inject
    public ScreenObjects(FieldScreenManager screens, FieldScreenSchemeManager schemes) {
        this.screens = screens;
        this.schemes = schemes;
    }

    FieldScreen newScreen() {
        return new FieldScreenImpl(screens);
    }

    FieldScreenScheme newScheme() {
        return new FieldScreenSchemeImpl(schemes);
    }

    FieldScreenSchemeItem newSchemeItem() {
        return new FieldScreenSchemeItemImpl(schemes, screens);
    }
}
