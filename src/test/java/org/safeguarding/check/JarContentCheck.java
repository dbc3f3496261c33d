package org.safeguarding.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira provides every host API; a copy inside the plugin shadows or clashes with it, and a stand-in inside the
 * plugin would be called instead of Jira. So the bundle holds our own classes and resources only, and the one small
 * library embedded on purpose. The jira11 bundle
 * must also not mention the Java EE packages that Jira 11 no longer has.
 */
public final class JarContentCheck {
    static final String OWN_CLASSES = "org/safeguarding/";
    /** Libraries the bundle carries on purpose because Jira exports none for the job (see the pom). */
    static final List<String> EMBEDDED = List.of("org/apache/commons/csv/", "com/google/i18n/phonenumbers/");
    private static final List<String> HOST_PREFIXES = List.of("com/atlassian/", "net/java/ao/", "com/opensymphony/", "org/ofbiz/",
            "javax/", "jakarta/", "org/osgi/", "org/springframework/", "org/apache/velocity/", "META-INF/lib/");
    private static final List<String> JAVA_EE_ONLY = List.of("javax.ws.rs", "javax.inject", "javax.servlet");
    /** Maven's copy of our pom (naming our javax build dependencies): build metadata that Jira never reads. */
    private static final String MAVEN_METADATA = "META-INF/maven/";
    /**
     * The list of the Jira API the classes use names types as the build compiled them (javax); the self-check reads
     * it the jakarta way in the jira11 bundle, and HostApiListCheck proves that reading matches the classes.
     */
    private static final String HOST_API_LIST = "META-INF/safeguarding/host-api.txt";

    private JarContentCheck() {
    }

    public static List<String> check(PluginJar jar, Flavour flavour) {
        List<String> problems = new ArrayList<>();
        for (String path : jar.paths()) {
            if (HOST_PREFIXES.stream().anyMatch(path::startsWith)) {
                problems.add(path + ": host API or stand-in packaged in " + jar.name()
                        + "; Jira provides it, and a copy breaks loading");
            } else if (path.endsWith(".class") && !path.startsWith(OWN_CLASSES)
                    && EMBEDDED.stream().noneMatch(path::startsWith)) {
                problems.add(path + ": class outside " + OWN_CLASSES + " packaged in " + jar.name());
            }
            if (flavour == Flavour.JIRA11 && !path.startsWith(MAVEN_METADATA) && !path.equals(HOST_API_LIST)) {
                String text = new String(jar.bytes(path), StandardCharsets.ISO_8859_1);
                for (String javaEe : JAVA_EE_ONLY) {
                    if (text.contains(javaEe) || text.contains(javaEe.replace('.', '/'))) {
                        problems.add(path + ": the jira11 bundle still references " + javaEe
                                + ", which Jira 11 does not provide");
                    }
                }
            }
        }
        if (flavour == Flavour.JIRA11) {
            String manifestImports = jar.header("Import-Package").orElse("");
            JAVA_EE_ONLY.stream().filter(manifestImports::contains).forEach(javaEe -> problems.add(
                    "META-INF/MANIFEST.MF: the jira11 bundle imports " + javaEe + ", which Jira 11 does not provide"));
        }
        return problems;
    }
}
