package org.safeguarding.jira.platform;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import javax.inject.Inject;
import javax.inject.Named;

/** Our i18n texts through SAL, which answers in the requesting user's language. */
@Named
public class SalTexts implements Texts {
    private final I18nResolver i18n;

    @Inject
    public SalTexts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String key, Serializable... arguments) {
        return i18n.getText(key, arguments);
    }
}
