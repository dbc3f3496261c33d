package org.safeguarding.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds small plugin jars for the checks' negative tests: starts from this build's output (target/classes with
 * bnd's manifest, the same content as the jira10 bundle) and changes one thing, so each test shows a check failing
 * for exactly the reason it names.
 */
final class FixtureJar {
    private static final Path BUILD_OUTPUT = Path.of(System.getProperty("basedir", "."), "target", "classes");
    private static final Path TEST_OUTPUT = Path.of(System.getProperty("basedir", "."), "target", "test-classes");

    private final Manifest manifest;
    private final Map<String, byte[]> entries = new TreeMap<>();

    private FixtureJar(Manifest manifest) {
        this.manifest = manifest;
    }

    /** The plugin as this build compiled it. */
    static FixtureJar ofBuildOutput() {
        try (InputStream in = Files.newInputStream(BUILD_OUTPUT.resolve("META-INF/MANIFEST.MF"));
             Stream<Path> files = Files.walk(BUILD_OUTPUT)) {
            FixtureJar jar = new FixtureJar(new Manifest(in));
            files.filter(Files::isRegularFile).forEach(file -> {
                String path = BUILD_OUTPUT.relativize(file).toString().replace('\\', '/');
                if (!"META-INF/MANIFEST.MF".equals(path)) {
                    jar.entries.put(path, read(file));
                }
            });
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("run the tests through Maven, after process-classes", e);
        }
    }

    FixtureJar with(String path, String text) {
        entries.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    FixtureJar without(String path) {
        if (entries.remove(path) == null) {
            throw new IllegalArgumentException("the fixture has no " + path);
        }
        return this;
    }

    /** Edits a text entry, failing if the edit changes nothing (a fixture that breaks nothing proves nothing). */
    FixtureJar edit(String path, UnaryOperator<String> edit) {
        String before = new String(entries.get(path), StandardCharsets.UTF_8);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit did not change " + path);
        }
        return with(path, after);
    }

    /** Adds a compiled test fixture class, at its own path. */
    FixtureJar withClass(Class<?> type) {
        String path = type.getName().replace('.', '/') + ".class";
        entries.put(path, read(TEST_OUTPUT.resolve(path)));
        return this;
    }

    FixtureJar withHeader(String name, String value) {
        manifest.getMainAttributes().putValue(name, value);
        return this;
    }

    /** Edits a manifest header, failing if the edit changes nothing. */
    FixtureJar editHeader(String name, UnaryOperator<String> edit) {
        String before = manifest.getMainAttributes().getValue(name);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit did not change " + name);
        }
        return withHeader(name, after);
    }

    FixtureJar withoutHeader(String name) {
        manifest.getMainAttributes().remove(new Attributes.Name(name));
        return this;
    }

    PluginJar build(Path directory) {
        Path file = directory.resolve("fixture-" + System.nanoTime() + ".jar");
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PluginJar.read(file);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
