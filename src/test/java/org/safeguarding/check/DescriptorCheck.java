package org.safeguarding.check;

import aQute.bnd.header.Parameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Would Jira load this descriptor and show what it declares? Checks every element and attribute against
 * {@link DescriptorGrammar}, every class (in the jar, of the right kind; or a Jira class whose package is imported),
 * every i18n key used by the descriptor, templates, JavaScript and Java, every resource file, every web location,
 * and the Data Center params. Each problem names the file and what is wrong.
 */
public final class DescriptorCheck {
    static final String OWN_PACKAGE = "org.safeguarding.";
    static final String I18N_PREFIX = "safeguarding.";
    private static final Pattern TEMPLATE_I18N = Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    /**
     * Items Jira's own Velocity contexts hold that a plugin template is not given, or not reliably (docs/compatibility.md,
     * "What a template is given"): a template naming one depends on something a customer's Jira may leave out.
     */
    private static final Set<String> HOST_ONLY_CONTEXT = Set.of("webResourceManager", "webResourceAssembler", "req",
            "request", "baseurl", "contextPath", "helper", "issue", "project", "user", "authcontext", "textutils",
            "xsrfToken", "applicationProperties", "jirautils", "userutils", "dateutils", "outlookdate");
    private static final Pattern TEMPLATE_REFERENCE = Pattern.compile("\\$!?\\{?([a-zA-Z][a-zA-Z0-9_]*)");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("#(?:foreach|set)\\s*\\(\\s*\\$([a-zA-Z][a-zA-Z0-9_]*)");
    private static final Pattern SCRIPT_I18N = Pattern.compile("I18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern JAVA_I18N = Pattern.compile("safeguarding(\\.[a-z0-9][a-zA-Z0-9_-]*)+");
    /** A workflow XML's meta attribute: a name the app's code may read, shaped like an i18n key but not one. */
    private static final Pattern WORKFLOW_META = Pattern.compile("<meta\\s+name=\"([^\"]+)\"");
    private static final Set<String> KEYED_TEXT = Set.of("label", "tooltip", "description");
    private static final Set<String> REQUIRED_PARAMS = Set.of("atlassian-data-center-status",
            "atlassian-data-center-compatible", "plugin-icon", "plugin-logo", "configure.url");
    private static final Set<String> FILE_PARAMS = Set.of("plugin-icon", "plugin-logo", "plugin-banner",
            "vendor-icon", "vendor-logo");
    private static final List<String> HOST_WEB_RESOURCES = List.of("com.atlassian.auiplugin:",
            "jira.webresources:", "com.atlassian.plugins.jquery:");
    private static final String SERVLET_PATH = "/plugins/servlet";

    private final PluginJar jar;
    private final Flavour flavour;
    private final ClassLoader loader;
    private final Set<String> knownLocations;
    private final Set<String> jiraTemplates;
    private final Set<String> imports;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> usedKeys = new HashMap<>();
    private final Set<String> moduleKeys = new HashSet<>();
    private final Set<String> ownSections = new HashSet<>();
    private final Set<String> servletPaths = new HashSet<>();
    private final List<String> linkedPaths = new ArrayList<>();
    private final Set<String> webResourceDependencies = new LinkedHashSet<>();
    private final Set<String> webResourceKeys = new HashSet<>();
    /** Each download of our web-resources, as {@code <web-resource key>/<resource name>}. */
    private final Set<String> downloads = new HashSet<>();
    private final List<String> thumbnails = new ArrayList<>();
    private final Set<String> i18nFiles = new LinkedHashSet<>();
    private String pluginKey = "";

    private DescriptorCheck(PluginJar jar, Flavour flavour, ClassLoader loader) {
        this.jar = jar;
        this.flavour = flavour;
        this.loader = loader;
        this.knownLocations = readList("jira-web-locations.txt");
        this.jiraTemplates = readList("jira-templates.txt");
        this.imports = jar.header("Import-Package").map(Parameters::new)
                .map(parameters -> parameters.keySet().stream().map(DescriptorCheck::withoutDuplicateMarker)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    public static List<String> check(PluginJar jar, Flavour flavour) {
        try (HostClassLoader loader = new HostClassLoader(jar.file())) {
            return new DescriptorCheck(jar, flavour, loader).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> run() {
        if (!jar.has(PluginJar.DESCRIPTOR)) {
            return List.of(jar.name() + ": no " + PluginJar.DESCRIPTOR + " at the jar root");
        }
        Document descriptor = Xml.parse(jar, PluginJar.DESCRIPTOR, problems);
        if (descriptor == null) {
            return problems;
        }
        Element root = descriptor.getDocumentElement();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            problem("the root element is <" + root.getTagName() + ">, not <atlassian-plugin>");
            return problems;
        }
        pluginKey = root.getAttribute("key");
        Matcher placeholder = PLACEHOLDER.matcher(jar.text(PluginJar.DESCRIPTOR).orElse(""));
        while (placeholder.find()) {
            problem(placeholder.group() + " was not filtered by the build");
        }
        walk(root, "<atlassian-plugin>");
        checkPluginInfo(root);
        checkRestV2(root);
        checkLinks();
        checkWebResourceDependencies();
        checkThumbnails();
        checkJavaClasses();
        checkScriptsAndTemplates();
        checkI18nKeys();
        return problems;
    }

    /**
     * A REST module is served by REST v2 only when the descriptor says so at the top level, as Atlassian's own
     * Platform 7/8 plugins do; nested inside {@code <rest>} the migration is no module and is refused by the grammar.
     */
    private void checkRestV2(Element root) {
        boolean hasRest = Xml.children(root).stream().anyMatch(module -> "rest".equals(module.getTagName()));
        boolean migrated = Xml.children(root).stream().anyMatch(module -> "rest-migration".equals(module.getTagName())
                && Xml.children(module).stream().anyMatch(child -> "rest-v2".equals(child.getTagName())));
        if (hasRest && !migrated) {
            problem("<rest> needs a top-level <rest-migration key=\"…\"><rest-v2/></rest-migration> beside it,"
                    + " as Atlassian declares REST v2 on Jira 10 and 11");
        }
    }

    private void walk(Element element, String where) {
        String tag = element.getTagName();
        DescriptorGrammar.Spec spec = DescriptorGrammar.spec(tag).orElse(null);
        checkAttributes(element, spec, where);
        for (Element child : Xml.children(element)) {
            String childTag = child.getTagName();
            if (DescriptorGrammar.FORBIDDEN.containsKey(childTag)) {
                problem(where + ": <" + childTag + "> is not allowed in a transformerless plugin: "
                        + DescriptorGrammar.FORBIDDEN.get(childTag));
            } else if (spec == null || !spec.children().contains(childTag)
                    || DescriptorGrammar.spec(childTag).isEmpty()) {
                problem(where + ": unknown element <" + childTag + "> (Jira ignores it silently)");
            } else {
                String childWhere = element == element.getOwnerDocument().getDocumentElement()
                        ? moduleWhere(child) : where;
                visit(child, childWhere, element);
                walk(child, childWhere);
            }
        }
    }

    private void checkAttributes(Element element, DescriptorGrammar.Spec spec, String where) {
        if (spec == null) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = ((Attr) attributes.item(i)).getName();
            if (!spec.attributes().contains(name)) {
                problem(where + ": <" + element.getTagName() + "> has unknown attribute " + name + "=");
            }
        }
    }

    private void visit(Element element, String where, Element parent) {
        String tag = element.getTagName();
        boolean isModule = parent == element.getOwnerDocument().getDocumentElement()
                && !"plugin-info".equals(tag) && !"resource".equals(tag);
        if (isModule) {
            String key = element.getAttribute("key");
            if (key.isEmpty()) {
                problem(where + ": module has no key=");
            } else if (!moduleKeys.add(key)) {
                problem(where + ": module key '" + key + "' is used twice");
            }
        }
        if (element.hasAttribute("i18n-name-key")) {
            useKey(element.getAttribute("i18n-name-key"), PluginJar.DESCRIPTOR + " " + where);
        }
        if (KEYED_TEXT.contains(tag) && element.hasAttribute("key")) {
            useKey(element.getAttribute("key"), PluginJar.DESCRIPTOR + " " + where);
        }
        DescriptorGrammar.kindOfClassAttribute(tag).filter(kind -> element.hasAttribute("class"))
                .ifPresent(kind -> checkClass(element.getAttribute("class").strip(), kind, where));
        DescriptorGrammar.kindOfClassText(tag)
                .ifPresent(kind -> checkClass(element.getTextContent().strip(), kind, where + " <" + tag + ">"));
        switch (tag) {
            case "resource" -> {
                checkResource(element, where);
                if ("web-resource".equals(parent.getTagName()) && "download".equals(element.getAttribute("type"))) {
                    downloads.add(parent.getAttribute("key") + "/" + element.getAttribute("name"));
                }
            }
            case "thumbnail" -> thumbnails.add(where + "|" + element.getAttribute("location"));
            case "web-panel", "web-section" -> checkLocation(element.getAttribute("location"), where);
            case "web-resource" -> webResourceKeys.add(element.getAttribute("key"));
            case "dependency" -> webResourceDependencies.add(element.getTextContent().strip());
            case "url-pattern" -> {
                if ("servlet".equals(parent.getTagName())) {
                    servletPaths.add(SERVLET_PATH + element.getTextContent().strip());
                }
            }
            case "link" -> linkedPaths.add(where + "|" + element.getTextContent().strip());
            default -> {
            }
        }
        if ("web-section".equals(tag)) {
            ownSections.add(element.getAttribute("location") + "/" + element.getAttribute("key"));
        }
        if ("web-item".equals(tag)) {
            String section = element.getAttribute("section");
            if (!knownLocations.contains(section) && !ownSections.contains(section)) {
                problem(where + ": section=\"" + section + "\" is neither a Jira location we know nor one of our "
                        + "<web-section>s declared above it");
            }
        }
    }

    private void checkResource(Element resource, String where) {
        String type = resource.getAttribute("type");
        String location = resource.getAttribute("location");
        if ("i18n".equals(type)) {
            String path = location.replace('.', '/') + ".properties";
            i18nFiles.add(path);
            requireFile(path, where + " i18n resource");
        } else if (location.endsWith("/")) {
            if (jar.paths().stream().noneMatch(path -> path.startsWith(location))) {
                problem(where + ": resource folder " + location + " is empty or missing from the jar");
            }
        } else if (!jiraTemplates.contains(location)) {
            requireFile(location, where + " <resource name=\"" + resource.getAttribute("name") + "\">");
        }
    }

    private void requireFile(String path, String where) {
        if (!jar.has(path)) {
            problem(where + ": file " + path + " is missing from the jar");
        }
    }

    private void checkLocation(String location, String where) {
        if (!knownLocations.contains(location)) {
            problem(where + ": location=\"" + location + "\" is not a Jira web location we know");
        }
    }

    private void checkClass(String className, String javaxKind, String where) {
        String kind = flavour.api(javaxKind);
        boolean inJar = jar.hasClass(className);
        if (!inJar && className.startsWith(OWN_PACKAGE)) {
            problem(where + ": class " + className + " is missing from the jar");
            return;
        }
        if (!inJar && !imports.contains(packageOf(className))) {
            problem(where + ": class " + className + " is not in the jar, and its package " + packageOf(className)
                    + " is not in Import-Package, so Jira cannot load it");
            return;
        }
        Class<?> kindClass = load(kind);
        Class<?> type = load(className);
        if (kindClass == null) {
            problem(where + ": cannot check " + className + ": " + kind + " has no stand-in in src/stubs/java");
        } else if (type == null) {
            problem(where + ": class " + className + " is neither in the jar nor a Jira class we have a stand-in for");
        } else if (!kindClass.isAssignableFrom(type)) {
            problem(where + ": class " + className + " is not a " + kind);
        }
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private void checkPluginInfo(Element root) {
        Map<String, String> params = new HashMap<>();
        for (Element info : Xml.children(root)) {
            if ("plugin-info".equals(info.getTagName())) {
                for (Element param : Xml.children(info)) {
                    if ("param".equals(param.getTagName())) {
                        params.put(param.getAttribute("name"), param.getTextContent().strip());
                    }
                }
            }
        }
        for (String required : REQUIRED_PARAMS) {
            if (!params.containsKey(required)) {
                problem("<plugin-info>: missing <param name=\"" + required + "\">");
            }
        }
        expectParam(params, "atlassian-data-center-status", "compatible");
        expectParam(params, "atlassian-data-center-compatible", "true");
        params.forEach((name, value) -> {
            if (FILE_PARAMS.contains(name)) {
                requireFile(value, "<plugin-info> param " + name);
            }
        });
        String configure = params.get("configure.url");
        if (configure != null && !servletPaths.contains(configure)) {
            problem("<plugin-info>: configure.url " + configure + " is not served by any <servlet> url-pattern");
        }
    }

    private void expectParam(Map<String, String> params, String name, String value) {
        if (params.containsKey(name) && !value.equals(params.get(name))) {
            problem("<plugin-info>: param " + name + " is '" + params.get(name) + "', Data Center needs '" + value
                    + "'");
        }
    }

    /** Whether a url-pattern serves the path: exactly, or as a path pattern ending in "/*" (Servlet spec 12.2). */
    private boolean isServed(String path) {
        return servletPaths.stream().anyMatch(pattern -> pattern.equals(path) || pattern.endsWith("/*")
                && (path.startsWith(pattern.substring(0, pattern.length() - 1))
                || path.equals(pattern.substring(0, pattern.length() - 2))));
    }

    private void checkLinks() {
        for (String link : linkedPaths) {
            String where = link.substring(0, link.indexOf('|'));
            String path = link.substring(link.indexOf('|') + 1);
            // A query (the project a sidebar link names) does not change which servlet serves the link.
            String served = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            if (served.startsWith(SERVLET_PATH) && !isServed(served)) {
                problem(where + ": link " + path + " is not served by any <servlet> url-pattern");
            }
        }
    }

    private void checkWebResourceDependencies() {
        for (String dependency : webResourceDependencies) {
            if (!isKnownWebResource(dependency)) {
                problem("<dependency>" + dependency + "</dependency>: neither one of our web-resources nor a "
                        + "Jira or AUI web-resource we know");
            }
        }
    }

    /** A dashboard item's thumbnail is a URL Jira serves: one of our web-resources' downloads, or a blank tile. */
    private void checkThumbnails() {
        String ours = "/download/resources/" + pluginKey + ":";
        for (String thumbnail : thumbnails) {
            String where = thumbnail.substring(0, thumbnail.indexOf('|'));
            String location = thumbnail.substring(thumbnail.indexOf('|') + 1);
            if (!location.startsWith(ours) || !downloads.contains(location.substring(ours.length()))) {
                problem(where + ": <thumbnail location=\"" + location + "\"> is not a download of one of our "
                        + "web-resources (" + ours + "<web-resource key>/<resource name>)");
            }
        }
    }

    private boolean isKnownWebResource(String completeKey) {
        boolean own = completeKey.startsWith(pluginKey + ":")
                && webResourceKeys.contains(completeKey.substring(pluginKey.length() + 1));
        return own || HOST_WEB_RESOURCES.stream().anyMatch(completeKey::startsWith);
    }

    private void checkJavaClasses() {
        Set<String> metaNames = workflowMetaNames();
        for (String path : jar.pathsEndingWith(".class")) {
            for (String constant : new ClassFile(jar.bytes(path)).stringConstants()) {
                if (JAVA_I18N.matcher(constant).matches() && !metaNames.contains(constant)) {
                    useKey(constant, path);
                } else if (constant.endsWith(".vm") && !jar.has(constant)) {
                    problemIn(path, "template " + constant + " is missing from the jar");
                }
            }
        }
    }

    /** The meta attribute names the jar's workflow definitions declare (such as the one naming each transition). */
    private Set<String> workflowMetaNames() {
        Set<String> names = new HashSet<>();
        for (String xml : jar.pathsEndingWith(".xml")) {
            Matcher meta = WORKFLOW_META.matcher(jar.text(xml).orElse(""));
            while (meta.find()) {
                names.add(meta.group(1));
            }
        }
        return names;
    }

    private void checkScriptsAndTemplates() {
        for (String template : jar.pathsEndingWith(".vm")) {
            findKeys(TEMPLATE_I18N, template);
            checkContextItems(template);
        }
        for (String script : jar.pathsEndingWith(".js")) {
            findKeys(SCRIPT_I18N, script);
        }
    }

    /** A template may name $i18n, what its page or panel passes, and its own loop and #set variables, nothing of Jira's. */
    private void checkContextItems(String template) {
        String text = jar.text(template).orElse("");
        Set<String> ownVariables = new HashSet<>();
        Matcher variable = TEMPLATE_VARIABLE.matcher(text);
        while (variable.find()) {
            ownVariables.add(variable.group(1));
        }
        Set<String> hostOnly = new TreeSet<>();
        Matcher reference = TEMPLATE_REFERENCE.matcher(text);
        while (reference.find()) {
            if (HOST_ONLY_CONTEXT.contains(reference.group(1)) && !ownVariables.contains(reference.group(1))) {
                hostOnly.add(reference.group(1));
            }
        }
        hostOnly.forEach(name -> problemIn(template, "uses $" + name + ", which Jira does not give plugin templates "
                + "(require web resources in Java; pass what the template needs in its context)"));
    }

    private void findKeys(Pattern pattern, String path) {
        Matcher matcher = pattern.matcher(jar.text(path).orElse(""));
        while (matcher.find()) {
            useKey(matcher.group(1), path);
        }
    }

    private void checkI18nKeys() {
        if (i18nFiles.isEmpty()) {
            problem("no <resource type=\"i18n\">: every text needs an i18n key");
            return;
        }
        Set<String> defined = new HashSet<>();
        for (String file : i18nFiles) {
            Properties properties = readProperties(file);
            for (String key : properties.stringPropertyNames()) {
                defined.add(key);
                if (!key.startsWith(I18N_PREFIX)) {
                    problemIn(file, "key '" + key + "' does not start with '" + I18N_PREFIX + "'");
                }
            }
        }
        usedKeys.forEach((key, where) -> {
            if (!defined.contains(key)) {
                problemIn(where, "i18n key '" + key + "' is not defined in " + String.join(", ", i18nFiles));
            }
        });
    }

    private Properties readProperties(String path) {
        Properties properties = new Properties();
        if (jar.has(path)) {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(jar.open(path), StandardCharsets.UTF_8))) {
                properties.load(reader);
            } catch (IOException e) {
                problemIn(path, "unreadable: " + e.getMessage());
            }
        }
        return properties;
    }

    private void useKey(String key, String where) {
        usedKeys.putIfAbsent(key, where);
    }

    /** A problem in the descriptor itself. */
    private void problem(String message) {
        problems.add(PluginJar.DESCRIPTOR + ": " + message);
    }

    /** A problem in another file of the jar (a template, script, class or properties file). */
    private void problemIn(String file, String message) {
        problems.add(file + ": " + message);
    }

    private static String moduleWhere(Element module) {
        String key = module.getAttribute("key");
        return "<" + module.getTagName() + (key.isEmpty() ? "" : " key=\"" + key + "\"") + ">";
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static String withoutDuplicateMarker(String clause) {
        return clause.replaceAll("~+$", "");
    }

    /** A list beside this class: one entry per line, then a tab and its source; # starts a comment. */
    private static Set<String> readList(String resource) {
        Set<String> entries = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DescriptorCheck.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2)[0]).forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
