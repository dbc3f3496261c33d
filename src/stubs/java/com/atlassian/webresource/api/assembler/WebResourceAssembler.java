// Source: atlassian-plugins-webresource-api com.atlassian.webresource.api.assembler.WebResourceAssembler (public
// mocks and callers via the search tool; shared/reference/jira-wave2-apis.md §1) [confirmed on 10.0/11.0]. Only the
// member this plugin calls.
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
