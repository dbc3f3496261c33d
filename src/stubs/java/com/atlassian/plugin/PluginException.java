// Source: atlassian-plugins-core com.atlassian.plugin.PluginException (public plugin-framework source):
// the unchecked root of plugin framework errors. Subset: the message constructor.
package com.atlassian.plugin;

public class PluginException extends RuntimeException {
    public PluginException(String message) {
        super(message);
    }
}
