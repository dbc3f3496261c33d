// Source: jira-api com.atlassian.jira.avatar.AvatarManager: create(String, String, IconType, IconOwningObjectId,
// InputStream, Selection) throws IOException, getDefaultAvatarId(IconType) and PNG_CONTENT_TYPE, confirmed by usage
// in public plugins for Jira 7 to 11 (ScriptRunner scripts, a Jira 11 "TestCase" plugin). Subset.
package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import java.io.IOException;
import java.io.InputStream;

public interface AvatarManager {
    String PNG_CONTENT_TYPE = "image/png";

    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream image,
                  Selection selection) throws IOException;

    Long getDefaultAvatarId(IconType iconType);
}
