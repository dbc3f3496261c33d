package org.safeguarding.check;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a plugin jar's classes the way Jira would see them: the jar itself, over the host APIs (stand-ins and the
 * Central API jars on the test classpath) — but never over this build's own target/classes, which would hide a
 * class missing from the jar or, for the jira11 jar, put the javax classes in place of the transformed ones.
 */
final class HostClassLoader extends URLClassLoader {
    HostClassLoader(Path pluginJar) {
        super(urls(pluginJar), ClassLoader.getPlatformClassLoader());
    }

    private static URL[] urls(Path pluginJar) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(pluginJar.toUri().toURL());
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            for (String entry : classpath.split(File.pathSeparator)) {
                Path path = Path.of(entry).toAbsolutePath().normalize();
                if (!path.endsWith(Path.of("target", "classes")) && !path.endsWith(Path.of("target", "test-classes"))) {
                    urls.add(path.toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return urls.toArray(URL[]::new);
    }
}
