package org.safeguarding.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs a plugin bundle into a real Apache Felix framework beside a "Jira" host bundle that exports what that
 * Jira line exports to plugins (the list beside this class, each package with its source), and resolves it. A
 * bundle that imports a package the host does not export, or a version the host does not have, fails here as it
 * would fail to enable in Jira.
 */
public final class OsgiResolveCheck {
    private OsgiResolveCheck() {
    }

    public static List<String> check(PluginJar jar, Flavour flavour) {
        Path storage = null;
        Felix felix = null;
        try {
            storage = Files.createTempDirectory("felix");
            felix = new Felix(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                    Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
            felix.start();
            felix.getBundleContext().installBundle("jira-host:" + flavour, hostBundle(flavour));
            Bundle plugin = felix.getBundleContext().installBundle(jar.file().toUri().toString());
            if (felix.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin))) {
                return List.of();
            }
            return List.of(jar.name() + ": does not resolve against " + flavour + "'s exports: " + reason(plugin));
        } catch (BundleException e) {
            return List.of(jar.name() + ": Felix refused the bundle: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stop(felix);
            delete(storage);
        }
    }

    private static String reason(Bundle plugin) {
        try {
            plugin.start();
            return "no reason given";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    /** A bundle with no classes whose manifest exports the host packages of this Jira line. */
    static InputStream hostBundle(Flavour flavour) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "jira.host." + flavour.name().toLowerCase());
        main.putValue(Constants.EXPORT_PACKAGE, String.join(",", hostExports(flavour)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.finish();
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    static List<String> hostExports(Flavour flavour) throws IOException {
        List<String> exports = new ArrayList<>();
        try (InputStream in = OsgiResolveCheck.class.getResourceAsStream(flavour.hostExportsResource())) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String clause = line.split("#", 2)[0].strip();
                if (!clause.isEmpty()) {
                    exports.add(clause);
                }
            }
        }
        return exports;
    }

    private static void stop(Felix felix) {
        if (felix != null) {
            try {
                felix.stop();
                felix.waitForStop(10_000);
            } catch (BundleException e) {
                throw new IllegalStateException("Felix did not stop", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
