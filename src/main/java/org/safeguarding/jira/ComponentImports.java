package org.safeguarding.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * Every host service the plugin imports, in one place. Spring Scanner reads these annotations into
 * {@code META-INF/plugin-components/imports}; our beans then receive the services by type through their
 * {@code @Inject} constructors. Bean names keep SAL and Jira services of the same simple name apart.
 * Never instantiated.
 */
@SuppressWarnings("unused")
final class ComponentImports {
    @ComponentImport("salUserManager")
    private UserManager salUserManager;
    @ComponentImport
    private LoginUriProvider loginUriProvider;
    @ComponentImport
    private WebSudoManager webSudoManager;
    @ComponentImport
    private TemplateRenderer templateRenderer;
    @ComponentImport
    private I18nResolver i18nResolver;
    @ComponentImport
    private PluginSettingsFactory pluginSettingsFactory;

    private ComponentImports() {
    }
}
