// Source: SAL API com.atlassian.sal.api.ApplicationProperties; shared/reference/jira-platform.md §2.7:
// getBaseUrl(UrlMode), used as getBaseUrl(UrlMode.CANONICAL) by Atlassian's Slack integration for Jira DC. Subset.
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
