package org.safeguarding.check;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Version;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The manifest headers that make a transformerless Atlassian plugin bundle: Atlassian-Plugin-Key equal to
 * Bundle-SymbolicName and the descriptor's key, an OSGi Bundle-Version matching the descriptor's version,
 * Spring-Context, no Export-Package, nothing embedded, and no version ranges on imports (all of them host packages,
 * whose versions Jira decides).
 */
public final class ManifestCheck {
    private static final String FILE = "META-INF/MANIFEST.MF";

    private ManifestCheck() {
    }

    public static List<String> check(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        String pluginKey = jar.header("Atlassian-Plugin-Key").orElse("");
        String symbolicName = jar.header("Bundle-SymbolicName").orElse("");
        if (pluginKey.isEmpty()) {
            problems.add(FILE + ": no Atlassian-Plugin-Key, so Jira would try to transform the plugin");
        } else if (!pluginKey.equals(symbolicName)) {
            problems.add(FILE + ": Bundle-SymbolicName '" + symbolicName + "' differs from Atlassian-Plugin-Key '"
                    + pluginKey + "'");
        }
        if (!"*".equals(jar.header("Spring-Context").orElse(""))) {
            problems.add(FILE + ": Spring-Context must be '*' so Jira builds the plugin's Spring context");
        }
        if (!"2".equals(jar.header("Bundle-ManifestVersion").orElse(""))) {
            problems.add(FILE + ": Bundle-ManifestVersion must be 2");
        }
        if (!jar.header("Export-Package").orElse("").isBlank()) {
            problems.add(FILE + ": Export-Package must be empty: the plugin publishes no API");
        }
        jar.header("Bundle-ClassPath").filter(classPath -> !".".equals(classPath.strip())).ifPresent(
                classPath -> problems.add(FILE + ": Bundle-ClassPath '" + classPath + "' embeds libraries"));
        checkVersionAndKey(jar, pluginKey, problems);
        checkImports(jar, problems);
        return problems;
    }

    private static void checkVersionAndKey(PluginJar jar, String pluginKey, List<String> problems) {
        Document descriptor = jar.has(PluginJar.DESCRIPTOR) ? Xml.parse(jar, PluginJar.DESCRIPTOR, problems) : null;
        if (descriptor == null) {
            problems.add(FILE + ": cannot compare with " + PluginJar.DESCRIPTOR + ", which is missing or broken");
            return;
        }
        Element root = descriptor.getDocumentElement();
        if (!root.getAttribute("key").equals(pluginKey)) {
            problems.add(FILE + ": Atlassian-Plugin-Key '" + pluginKey + "' differs from the descriptor key '"
                    + root.getAttribute("key") + "'");
        }
        String declared = root.getElementsByTagName("version").getLength() == 0 ? ""
                : root.getElementsByTagName("version").item(0).getTextContent().strip();
        String bundleVersion = jar.header("Bundle-Version").orElse("");
        try {
            Version version = Version.parseVersion(bundleVersion);
            if (!version.equals(Version.parseVersion(declared.replaceFirst("-", ".")))) {
                problems.add(FILE + ": Bundle-Version " + bundleVersion + " does not match plugin-info version "
                        + declared);
            }
        } catch (IllegalArgumentException e) {
            problems.add(FILE + ": Bundle-Version '" + bundleVersion + "' is not an OSGi version: " + e.getMessage());
        }
    }

    private static void checkImports(PluginJar jar, List<String> problems) {
        for (Map.Entry<String, Attrs> clause : new Parameters(jar.header("Import-Package").orElse("")).entrySet()) {
            String version = clause.getValue().get("version");
            if (version != null) {
                problems.add(FILE + ": Import-Package " + clause.getKey() + " has version=\"" + version
                        + "\": a range copied from a build jar can stop the bundle resolving in Jira");
            }
        }
    }
}
