// Source: atlassian-plugins-core com.atlassian.plugin.PluginParseException extends PluginException (public
// plugin-framework source); thrown by Condition.init and ContextProvider.init. Subset: the message constructor.
package com.atlassian.plugin;

public class PluginParseException extends PluginException {
    public PluginParseException(String message) {
        super(message);
    }
}
