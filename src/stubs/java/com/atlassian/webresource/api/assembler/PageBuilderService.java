// Source: atlassian-plugins-webresource-api com.atlassian.webresource.api.assembler.PageBuilderService (public
// decompile via the search tool); used from servlets on Jira 10.0 and 11.0 by Atlassian's Slack integration
// (shared/reference/jira-wave2-apis.md §1) [confirmed on 10.0/11.0].
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();

    void seed(WebResourceAssembler assembler);
}
