// Source: SAL API com.atlassian.sal.api.message.I18nResolver (@since 2.0), SAL source via the search tool:
// getText(String, Serializable...) and getText(String). Subset: only what the plugin calls.
package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(String key);
}
