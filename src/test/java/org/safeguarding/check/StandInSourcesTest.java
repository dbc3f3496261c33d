package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/** A stand-in whose signature nobody checked is a NoSuchMethodError waiting in a customer's Jira. */
public class StandInSourcesTest {
    private static final Path STAND_INS = Path.of(System.getProperty("basedir", "."), "src", "stubs", "java");

    @Test
    public void standIns_shouldEachNameTheSourceOfTheirSignature() throws IOException {
        assertThat(standIns(), not(empty()));
        assertThat(standIns().stream().filter(file -> !firstLine(file).startsWith("// Source: "))
                .map(Path::toString).collect(Collectors.toList()), empty());
    }

    @Test
    public void standIns_shouldOnlyDeclareHostApiPackages() throws IOException {
        assertThat(standIns().stream().map(STAND_INS::relativize).map(Path::toString)
                .filter(path -> !path.startsWith("com/atlassian/") && !path.startsWith("net/java/ao/")
                        && !path.startsWith("com/opensymphony/") && !path.startsWith("org/ofbiz/"))
                .collect(Collectors.toList()), empty());
    }

    private static List<Path> standIns() throws IOException {
        try (Stream<Path> files = Files.walk(STAND_INS)) {
            return files.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toList());
        }
    }

    private static String firstLine(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
