package org.safeguarding.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/** A plugin bundle read into memory: its manifest and the bytes of every entry, by path. */
public final class PluginJar {
    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    private final Path file;
    private final Manifest manifest;
    private final Map<String, byte[]> entries;

    private PluginJar(Path file, Manifest manifest, Map<String, byte[]> entries) {
        this.file = file;
        this.manifest = manifest;
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static PluginJar read(Path file) {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(file))) {
            Map<String, byte[]> entries = new TreeMap<>();
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
            return new PluginJar(file, in.getManifest() == null ? new Manifest() : in.getManifest(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    public String name() {
        return file.getFileName().toString();
    }

    /** A main-section manifest header, or empty when absent. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(manifest.getMainAttributes().getValue(new Attributes.Name(name)));
    }

    public boolean has(String path) {
        return entries.containsKey(path);
    }

    public Set<String> paths() {
        return entries.keySet();
    }

    public Optional<String> text(String path) {
        return Optional.ofNullable(entries.get(path)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    public InputStream open(String path) {
        byte[] bytes = entries.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException(name() + " has no entry " + path);
        }
        return new ByteArrayInputStream(bytes);
    }

    public byte[] bytes(String path) {
        return entries.get(path);
    }

    /** Class names (dotted) of every .class entry. */
    public Set<String> classNames() {
        return entries.keySet().stream()
                .filter(path -> path.endsWith(".class"))
                .map(PluginJar::classNameOf)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public boolean hasClass(String className) {
        return has(className.replace('.', '/') + ".class");
    }

    public Set<String> pathsEndingWith(String suffix) {
        return entries.keySet().stream().filter(path -> path.endsWith(suffix))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static String classNameOf(String classPath) {
        return classPath.substring(0, classPath.length() - ".class".length()).replace('/', '.');
    }
}
