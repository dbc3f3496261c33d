// Source: SAL API com.atlassian.sal.api.UrlMode (RELATIVE, RELATIVE_CANONICAL, ABSOLUTE, CANONICAL, AUTO), as
// ApplicationProperties.getBaseUrl takes it; public plugins pass UrlMode.CANONICAL.
package com.atlassian.sal.api;

public enum UrlMode {
    RELATIVE,
    RELATIVE_CANONICAL,
    ABSOLUTE,
    CANONICAL,
    AUTO
}
