package org.safeguarding.jira.accesslog;

import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.CaseAccess;

/** An access log entry's detail in words: a page or export by its i18n key, a workflow step by its name. */
public final class AccessTexts {
    private AccessTexts() {
    }

    /** The detail, or "" when there is none. */
    public static String detail(CaseAccess access, Texts texts) {
        if (access.detail() == null) {
            return "";
        }
        return access.detailIsKey() ? texts.text(access.detail()) : access.detail();
    }
}
