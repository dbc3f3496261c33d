package org.safeguarding.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The subset of atlassian-plugin.xml that Jira 10.3/11.3 understands and that this plugin may use: module types,
 * their attributes and child elements, and which kind of class each class-naming slot must hold. Jira silently
 * ignores anything else (a misspelt {@code <coditions>} drops the permission check), so anything else is an error.
 * Source: Atlassian's plugin module reference (developer.atlassian.com/server/framework/atlassian-sdk/
 * plugin-module-index) and shared/reference/jira-platform.md §3. Grow it when the plugin uses a new module.
 */
final class DescriptorGrammar {
    /** Attributes and children an element may have. */
    record Spec(Set<String> attributes, Set<String> children) {
    }

    /** Elements a transformerless plugin must not use, with what to do instead. */
    static final Map<String, String> FORBIDDEN = Map.of(
            "component", "declare beans with @Named (Spring Scanner) instead",
            "component-import", "declare host imports with @ComponentImport in ComponentImports instead",
            "module-type", "transformerless plugins declare module types in Spring, not the descriptor");

    private static final Set<String> MODULE = Set.of("key", "name", "i18n-name-key", "state", "system");
    private static final Set<String> WEB_CONDITIONS = Set.of("condition", "conditions");
    private static final Map<String, Spec> SPECS = new HashMap<>();
    private static final Map<String, String> CLASS_ATTRIBUTE_KINDS = new HashMap<>();
    private static final Map<String, String> CLASS_ELEMENT_KINDS = new HashMap<>();

    static {
        spec("atlassian-plugin", Set.of("key", "name", "plugins-version", "system"),
                "plugin-info", "resource", "web-resource", "web-panel", "web-section", "web-item", "servlet",
                "servlet-filter", "rest-migration", "rest", "ao", "customfield-type", "customfield-searcher", "workflow-condition",
                "workflow-validator", "workflow-function", "velocity-allowlist", "job-config", "dashboard-item");
        spec("plugin-info", Set.of(), "description", "version", "vendor", "param", "application-version");
        spec("description", Set.of("key"));
        spec("version", Set.of());
        spec("vendor", Set.of("name", "url"));
        spec("param", Set.of("name", "value"));
        spec("application-version", Set.of("min", "max"));
        spec("resource", Set.of("type", "name", "location", "content-type"), "param");

        spec("web-resource", MODULE, "description", "dependency", "resource", "context", "transformation",
                "condition", "conditions", "data");
        spec("dependency", Set.of());
        spec("context", Set.of());
        spec("data", Set.of("key", "class"));
        spec("transformation", Set.of("extension"), "transformer");
        spec("transformer", Set.of("key"));

        spec("web-panel", union(MODULE, "location", "weight", "class"), "description", "label", "tooltip",
                "context-provider", "condition", "conditions", "resource", "param");
        spec("web-section", union(MODULE, "location", "weight"), "description", "label", "tooltip", "condition",
                "conditions", "param");
        spec("web-item", union(MODULE, "section", "weight"), "description", "label", "tooltip", "link", "icon",
                "styleClass", "context-provider", "condition", "conditions", "param");
        spec("label", Set.of("key"), "param");
        spec("tooltip", Set.of("key"), "param");
        spec("link", Set.of("linkId", "absolute"));
        spec("icon", Set.of("height", "width"), "link");
        spec("styleClass", Set.of());
        spec("condition", Set.of("class", "invert"), "param");
        spec("conditions", Set.of("type"), WEB_CONDITIONS.toArray(String[]::new));
        spec("context-provider", Set.of("class"), "param");

        spec("servlet", union(MODULE, "class"), "description", "url-pattern", "init-param");
        spec("servlet-filter", union(MODULE, "class", "location", "weight"), "description", "url-pattern",
                "dispatcher", "init-param");
        spec("url-pattern", Set.of());
        spec("dispatcher", Set.of());
        spec("init-param", Set.of(), "param-name", "param-value");
        spec("param-name", Set.of());
        spec("param-value", Set.of());

        // rest-migration is a top-level module with a key, beside <rest> (Atlassian's Slack integration for Jira
        // 10/11, commit 04af287; shared/reference/jira-platform.md, review of 6 Dec 2026); nested, it is no module.
        spec("rest", union(MODULE, "path", "version"), "description", "package");
        spec("package", Set.of());
        spec("rest-migration", Set.of("key"), "rest-v2");
        spec("rest-v2", Set.of());

        spec("ao", union(MODULE, "namespace"), "description", "entity", "upgradeTask");
        spec("entity", Set.of());
        spec("upgradeTask", Set.of());

        spec("customfield-type", union(MODULE, "class"), "description", "resource");
        spec("customfield-searcher", union(MODULE, "class"), "description", "resource", "valid-customfield-type");
        spec("valid-customfield-type", Set.of("package", "key"));

        Set<String> workflowChildren = Set.of("description", "resource", "orderable", "unique", "deletable",
                "editable", "addable", "default", "weight");
        spec("workflow-condition", union(MODULE, "class"), union(workflowChildren, "condition-class"));
        spec("workflow-validator", union(MODULE, "class"), union(workflowChildren, "validator-class"));
        spec("workflow-function", union(MODULE, "class"), union(workflowChildren, "function-class"));
        for (String text : new String[] {"condition-class", "validator-class", "function-class", "orderable",
                "unique", "deletable", "editable", "addable", "default", "weight"}) {
            spec(text, Set.of());
        }

        // developer.atlassian.com/server/jira/platform/dashboard-item-module/ (updated Jan 2026; Jira 6.4 and later),
        // shared/reference/jira-wave2-apis.md §6: a client-side item is an <amd-module> with its web resource.
        spec("dashboard-item", union(MODULE, "configurable"), "definition", "description", "amd-module", "resource",
                "context-provider", "condition", "conditions");
        spec("definition", Set.of(), "title", "categories", "author", "thumbnail");
        spec("title", Set.of("key"));
        spec("categories", Set.of(), "category");
        spec("category", Set.of());
        spec("author", Set.of(), "name");
        spec("name", Set.of());
        spec("thumbnail", Set.of("location"));
        spec("amd-module", Set.of());

        spec("velocity-allowlist", MODULE, "description", "method");
        spec("method", Set.of());

        spec("job-config", MODULE, "description", "job", "schedule", "managed");
        spec("job", Set.of("key", "perClusterJob", "clusteredOnly"));
        spec("schedule", Set.of("cron-expression", "repeat-interval", "initial-delay", "jitter"));
        spec("managed", Set.of("editable", "keep-original-schedule", "can-run-adhoc", "can-disable"));

        kindOfAttribute("servlet", "javax.servlet.http.HttpServlet");
        kindOfAttribute("servlet-filter", "javax.servlet.Filter");
        kindOfAttribute("condition", "com.atlassian.plugin.web.Condition");
        kindOfAttribute("context-provider", "com.atlassian.plugin.web.ContextProvider");
        kindOfAttribute("web-panel", "com.atlassian.plugin.web.model.WebPanel");
        kindOfAttribute("customfield-type", "com.atlassian.jira.issue.customfields.CustomFieldType");
        kindOfAttribute("customfield-searcher", "com.atlassian.jira.issue.customfields.CustomFieldSearcher");
        kindOfAttribute("workflow-condition", "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory");
        kindOfAttribute("workflow-validator", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory");
        kindOfAttribute("workflow-function", "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory");
        kindOfAttribute("data", "com.atlassian.webresource.api.data.WebResourceDataProvider");
        kindOfElement("condition-class", "com.opensymphony.workflow.Condition");
        kindOfElement("validator-class", "com.opensymphony.workflow.Validator");
        kindOfElement("function-class", "com.opensymphony.workflow.FunctionProvider");
        kindOfElement("entity", "net.java.ao.RawEntity");
        kindOfElement("upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");
    }

    private DescriptorGrammar() {
    }

    static Optional<Spec> spec(String element) {
        return Optional.ofNullable(SPECS.get(element));
    }

    /** The kind (javax spelling) of class that element's class attribute must name, if it names one. */
    static Optional<String> kindOfClassAttribute(String element) {
        return Optional.ofNullable(CLASS_ATTRIBUTE_KINDS.get(element));
    }

    /** The kind (javax spelling) of class that element's text must name, if its text is a class name. */
    static Optional<String> kindOfClassText(String element) {
        return Optional.ofNullable(CLASS_ELEMENT_KINDS.get(element));
    }

    private static void spec(String element, Set<String> attributes, String... children) {
        SPECS.put(element, new Spec(attributes, Set.of(children)));
    }

    private static void spec(String element, Set<String> attributes, Set<String> children) {
        SPECS.put(element, new Spec(attributes, children));
    }

    private static void kindOfAttribute(String element, String kind) {
        CLASS_ATTRIBUTE_KINDS.put(element, kind);
    }

    private static void kindOfElement(String element, String kind) {
        CLASS_ELEMENT_KINDS.put(element, kind);
    }

    private static Set<String> union(Set<String> base, String... more) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }
}
