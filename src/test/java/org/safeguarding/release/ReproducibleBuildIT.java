package org.safeguarding.release;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.Test;

/**
 * Two builds of one commit give the same release, byte for byte: the sources are copied to another folder and built
 * again, at another time, and every file of the two releases (both jars, the SBOM, the notes, the licences, the sums)
 * must be the same. Where a jar differs, the entries that differ are named.
 */
public class ReproducibleBuildIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path RELEASE = Path.of(System.getProperty("safeguarding.release"));
    /** What a build reads: everything else in the project folder is what a build wrote. */
    private static final List<String> SOURCES = List.of("pom.xml", "atlassian-plugin.xml", "CHANGELOG.md", ".mvn",
            "src");

    @Test
    public void build_shouldGiveTheSameReleaseTwice() throws Exception {
        Path copy = PROJECT.resolve("target/second-build");
        deleted(copy);
        for (String source : SOURCES) {
            copied(PROJECT.resolve(source), copy.resolve(source));
        }
        Path log = PROJECT.resolve("target/second-build.log");
        // No browser packages, no tests. Not offline: the SBOM's plugin makes nothing offline.
        Process build = new ProcessBuilder("mvn", "-q", "pre-integration-test", "-DskipTests",
                "-Dpreview-web.skip=true").directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat("the second build took too long", build.waitFor(20, TimeUnit.MINUTES), is(true));
        assertThat("the second build failed: see " + log, build.exitValue(), is(0));

        Path second = copy.resolve("target/release");
        assertThat(names(second), is(names(RELEASE)));
        List<String> different = new ArrayList<>();
        for (String name : names(RELEASE)) {
            Path first = RELEASE.resolve(name);
            if (Files.mismatch(first, second.resolve(name)) != -1) {
                different.add(name.endsWith(".jar") ? name + " " + differentEntries(first, second.resolve(name))
                        : name);
            }
        }
        assertThat(different, empty());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> differentEntries(Path first, Path second) throws IOException {
        Map<String, String> one = entries(first);
        Map<String, String> two = entries(second);
        List<String> different = new ArrayList<>();
        one.forEach((name, entry) -> {
            if (!entry.equals(two.get(name))) {
                different.add(name);
            }
        });
        two.keySet().stream().filter(name -> !one.containsKey(name)).forEach(different::add);
        return different.isEmpty() ? List.of("(same entries: their order or the archive's own fields differ)")
                : different;
    }

    /** Each entry's time and bytes, by name. */
    private static Map<String, String> entries(Path jar) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), entry.getTime() + " " + Arrays.hashCode(in.readAllBytes()));
                }
            }
        }
        return entries;
    }

    private static void copied(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleted(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
