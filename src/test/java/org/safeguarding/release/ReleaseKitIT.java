package org.safeguarding.release;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.Test;

/** The release the build put together in target/release: what an admin downloads, and what it says of itself. */
public class ReleaseKitIT {
    private static final Path RELEASE = Path.of(System.getProperty("safeguarding.release"));
    private static final String VERSION = System.getProperty("safeguarding.version");
    private static final List<Path> JARS = List.of(Path.of(System.getProperty("safeguarding.jira10.jar")),
            Path.of(System.getProperty("safeguarding.jira11.jar")));
    private static final String SBOM = "safeguarding-for-jira-" + VERSION + "-sbom.json";

    @Test
    public void release_shouldHoldBothJarsTheirSbomNotesLicencesAndSums() throws IOException {
        try (Stream<Path> files = Files.list(RELEASE)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList(), containsInAnyOrder(
                    "safeguarding-for-jira-" + VERSION + "-jira10.jar", "safeguarding-for-jira-" + VERSION
                            + "-jira11.jar", SBOM, ReleaseKit.NOTES, ReleaseKit.THIRD_PARTY, ReleaseKit.SUMS));
        }
        for (Path jar : JARS) {
            assertThat(jar.toString(), Files.mismatch(jar, RELEASE.resolve(jar.getFileName())), is(-1L));
        }
    }

    /** Each line is what {@code sha256sum -c SHA256SUMS} checks: the file's hash, two spaces, its name. */
    @Test
    public void sums_shouldMatchEveryOtherFileOfTheRelease() throws IOException {
        List<String> lines = Files.readAllLines(RELEASE.resolve(ReleaseKit.SUMS), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(RELEASE)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals(ReleaseKit.SUMS)).toList()) {
                expected.add(ReleaseKit.sha256(file) + "  " + file.getFileName());
            }
        }
        assertThat(lines, containsInAnyOrder(expected.toArray()));
    }

    /** Only what ships inside the jars: the embedded libraries, each with its licence; nothing Jira provides. */
    @Test
    public void sbom_shouldListExactlyWhatIsEmbeddedWithItsLicence() throws IOException {
        JsonNode sbom = new ObjectMapper().readTree(RELEASE.resolve(SBOM).toFile());
        List<String> embedded = new ArrayList<>();
        sbom.path("components").forEach(component -> embedded.add(component.path("purl").asText() + " "
                + component.at("/licenses/0/license/id").asText()));

        assertThat(sbom.path("bomFormat").asText(), is("CycloneDX"));
        assertThat(sbom.at("/metadata/component/version").asText(), is(VERSION));
        assertThat(embedded, containsInAnyOrder("pkg:maven/org.apache.commons/commons-csv@1.9.0?type=jar Apache-2.0",
                "pkg:maven/com.googlecode.libphonenumber/libphonenumber@9.0.19?type=jar Apache-2.0"));
        assertThat(Files.readString(RELEASE.resolve(ReleaseKit.THIRD_PARTY), StandardCharsets.UTF_8), allOf(
                containsString("| org.apache.commons:commons-csv | 1.9.0 | Apache-2.0 |"),
                containsString("| com.googlecode.libphonenumber:libphonenumber | 9.0.19 | Apache-2.0 |")));
    }

    @Test
    public void notes_shouldBeThisVersionsPartOfTheChangelogWithWhatToDoOnUpgrade() throws IOException {
        String notes = Files.readString(RELEASE.resolve(ReleaseKit.NOTES), StandardCharsets.UTF_8);

        assertThat(notes, startsWith("# Safeguarding for Jira " + VERSION + "\n"));
        assertThat(notes, containsString("### On upgrade"));
    }

    /** One version, from the pom: in the jars' names, the OSGi manifest and the plugin descriptor Jira shows. */
    @Test
    public void jars_shouldCarryTheOneVersionInTheirManifestAndDescriptor() throws IOException {
        for (Path jar : JARS) {
            try (JarFile opened = new JarFile(jar.toFile());
                    InputStream descriptor = opened.getInputStream(opened.getEntry("atlassian-plugin.xml"))) {
                assertThat(jar.toString(), opened.getManifest().getMainAttributes().getValue("Bundle-Version"),
                        is(VERSION.replace("-SNAPSHOT", ".SNAPSHOT")));
                assertThat(jar.toString(), new String(descriptor.readAllBytes(), StandardCharsets.UTF_8),
                        containsString("<version>" + VERSION + "</version>"));
            }
        }
    }
}
