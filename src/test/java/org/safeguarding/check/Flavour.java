package org.safeguarding.check;

/**
 * The two Jira lines we ship for. The jira11 bundle is the jira10 bundle with Java EE packages renamed to Jakarta,
 * so every host API name the checks expect is written once, in its javax form, and translated here.
 */
public enum Flavour {
    JIRA10("safeguarding.jira10.jar", "jira10-host-exports.txt"),
    JIRA11("safeguarding.jira11.jar", "jira11-host-exports.txt");

    private static final String[] RENAMED = {"javax.servlet", "javax.inject", "javax.ws.rs"};

    private final String jarProperty;
    private final String hostExportsResource;

    Flavour(String jarProperty, String hostExportsResource) {
        this.jarProperty = jarProperty;
        this.hostExportsResource = hostExportsResource;
    }

    /** The built bundle of this flavour, as the build passes it to the integration tests. */
    public java.nio.file.Path builtJar() {
        String path = System.getProperty(jarProperty);
        if (path == null) {
            throw new IllegalStateException("system property " + jarProperty + " is not set: run through 'mvn verify'");
        }
        return java.nio.file.Path.of(path);
    }

    public String hostExportsResource() {
        return hostExportsResource;
    }

    /** A host API class or package name as this flavour's Jira spells it. */
    public String api(String javaxName) {
        if (this == JIRA11) {
            for (String prefix : RENAMED) {
                if (javaxName.equals(prefix) || javaxName.startsWith(prefix + ".")) {
                    return "jakarta" + javaxName.substring("javax".length());
                }
            }
        }
        return javaxName;
    }
}
