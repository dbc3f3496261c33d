package org.safeguarding.jira.platform;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira's page builder as the preview and the tests need it: what a request requires is kept for its thread, and the
 * decorated page that ends the request takes it, as Jira's decorator emits what the request required.
 */
public final class ThreadPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {
    private final ThreadLocal<List<String>> required = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public void seed(WebResourceAssembler assembler) {
        throw new UnsupportedOperationException("the plugin never seeds a page");
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        required.get().add(moduleCompleteKey);
        return this;
    }

    /** What this request required so far; the next request on this thread starts with nothing. */
    public List<String> drain() {
        List<String> all = List.copyOf(required.get());
        required.remove();
        return all;
    }
}
