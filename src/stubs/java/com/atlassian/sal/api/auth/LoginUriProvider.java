// Source: SAL API com.atlassian.sal.api.auth.LoginUriProvider (SAL source and CFR decompile, via the search tool);
// shared/reference/jira-platform.md §2.7 [confirmed by TPI AdminServlet]. Subset: getLoginUri(URI).
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
