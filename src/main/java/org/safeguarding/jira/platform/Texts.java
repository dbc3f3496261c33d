package org.safeguarding.jira.platform;

import java.io.Serializable;

/** User-facing words by i18n key, in the language of the person asking. */
public interface Texts {
    String text(String key, Serializable... arguments);
}
