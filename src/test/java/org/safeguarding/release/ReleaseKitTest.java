package org.safeguarding.release;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReleaseKitTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void sums_shouldListEveryFileButItselfInSha256sumsOwnFormSortedByName() throws Exception {
        Path release = folder.getRoot().toPath();
        Files.writeString(release.resolve("b.jar"), "abc", StandardCharsets.UTF_8);
        Files.writeString(release.resolve("a.md"), "", StandardCharsets.UTF_8);
        Files.writeString(release.resolve(ReleaseKit.SUMS), "old", StandardCharsets.UTF_8);

        assertThat(ReleaseKit.sums(release), is(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.md\n"
                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  b.jar\n"));
    }

    @Test
    public void write_shouldPutTheJarsSbomNotesAndLicencesInOneFolderWithTheirSums() throws Exception {
        Path release = folder.newFolder("release").toPath();
        Files.writeString(release.resolve("an-older-build.jar"), "old", StandardCharsets.UTF_8);

        ReleaseKit.write("1.1.0-SNAPSHOT", changelog(), release, jars(), sbom());

        try (Stream<Path> files = Files.list(release)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList(), containsInAnyOrder("app-jira10.jar",
                    "app-jira11.jar", "app-sbom.json", ReleaseKit.NOTES, ReleaseKit.THIRD_PARTY, ReleaseKit.SUMS));
        }
        assertThat(Files.readString(release.resolve(ReleaseKit.NOTES)), is("# Safeguarding for Jira 1.1.0-SNAPSHOT\n\n"
                + "a development build, not released\n\n### Added\n- Connected concerns.\n"));
        assertThat(Files.readString(release.resolve(ReleaseKit.THIRD_PARTY)), is("# What is embedded in the jars\n\n"
                + "| Component | Version | Licence |\n|---|---|---|\n"
                + "| org.apache.commons:commons-csv | 1.9.0 | Apache-2.0 |\n"
                + "\n## META-INF/LICENSE.txt in each jar\n\n```\nApache License\n```\n"));
        assertThat(Files.readString(release.resolve(ReleaseKit.SUMS)), containsString("  app-jira11.jar\n"));
    }

    @Test
    public void write_shouldRefuseWithoutAnSbomAndKeepTheLastRelease() throws Exception {
        Path release = folder.newFolder("release").toPath();
        Files.writeString(release.resolve("last.jar"), "kept", StandardCharsets.UTF_8);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ReleaseKit.write(
                "1.1.0-SNAPSHOT", changelog(), release, jars(), folder.getRoot().toPath().resolve("none.json")));

        assertThat(refused.getMessage(), containsString("build without -o"));
        assertThat(Files.readString(release.resolve("last.jar")), is("kept"));
    }

    @Test
    public void write_shouldRefuseAReleaseTheChangelogSaysNothingAbout() throws Exception {
        Path release = folder.newFolder("release").toPath();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ReleaseKit.write("1.1.0", changelog(), release, jars(), sbom()));

        assertThat(refused.getMessage(), containsString("CHANGELOG.md has no part for 1.1.0"));
    }

    private Path changelog() throws Exception {
        Path changelog = folder.getRoot().toPath().resolve("CHANGELOG.md");
        Files.writeString(changelog, "# Changelog\n\n## [Unreleased]\n\n### Added\n- Connected concerns.\n",
                StandardCharsets.UTF_8);
        return changelog;
    }

    private List<Path> jars() throws Exception {
        List<Path> jars = List.of(folder.getRoot().toPath().resolve("app-jira10.jar"),
                folder.getRoot().toPath().resolve("app-jira11.jar"));
        for (Path jar : jars) {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
                zip.putNextEntry(new ZipEntry("META-INF/LICENSE.txt"));
                zip.write("Apache License\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return jars;
    }

    private Path sbom() throws Exception {
        Path sbom = folder.getRoot().toPath().resolve("app-sbom.json");
        Files.writeString(sbom, "{\"components\": [{\"group\": \"org.apache.commons\", \"name\": \"commons-csv\", "
                + "\"version\": \"1.9.0\", \"licenses\": [{\"license\": {\"id\": \"Apache-2.0\"}}]}]}",
                StandardCharsets.UTF_8);
        return sbom;
    }
}
