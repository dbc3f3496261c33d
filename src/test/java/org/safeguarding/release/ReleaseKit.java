package org.safeguarding.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts a release together from what the build made, in one folder an admin downloads from: both jars, the software
 * bill of materials, the version's notes from {@code CHANGELOG.md}, the licences of what is embedded, and a
 * {@code SHA256SUMS} file that {@code sha256sum -c} checks. The build runs it once both jars are built
 * ({@code mvn verify}, README "Releases"); nothing in it depends on when or where it runs, so two builds of one commit
 * give the same folder.
 */
public final class ReleaseKit {
    static final String NOTES = "RELEASE-NOTES.md";
    static final String THIRD_PARTY = "THIRD-PARTY.md";
    static final String SUMS = "SHA256SUMS";
    /** Where an embedded library's licence and notice lie in the jars (Apache's layout, unpacked with its classes). */
    private static final List<String> LICENCE_TEXTS = List.of("META-INF/LICENSE.txt", "META-INF/NOTICE.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReleaseKit() {
    }

    /** Arguments: the version, CHANGELOG.md, the release folder, the Jira 10 jar, the Jira 11 jar, the SBOM. */
    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            throw new IllegalArgumentException("ReleaseKit takes: version changelog folder jira10-jar jira11-jar sbom");
        }
        try {
            write(args[0], Path.of(args[1]), Path.of(args[2]), List.of(Path.of(args[3]), Path.of(args[4])),
                    Path.of(args[5]));
        } catch (IllegalArgumentException refused) {
            // The build stops with the reason alone: what to write in the changelog.
            System.err.println("No release: " + refused.getMessage());
            System.exit(1);
        }
    }

    static void write(String version, Path changelog, Path folder, List<Path> jars, Path sbom) throws IOException {
        Changelog.Part notes = Changelog.part(Files.readString(changelog, StandardCharsets.UTF_8), version);
        if (!Files.exists(sbom)) {
            throw new IllegalArgumentException("there is no SBOM (" + sbom.getFileName() + "): cyclonedx-maven-plugin "
                    + "makes none when Maven runs offline, so build without -o");
        }
        emptied(folder);
        for (Path jar : jars) {
            Files.copy(jar, folder.resolve(jar.getFileName()));
        }
        Files.copy(sbom, folder.resolve(sbom.getFileName()));
        Files.writeString(folder.resolve(NOTES), notes(notes), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(THIRD_PARTY), thirdParty(JSON.readTree(sbom.toFile()), jars.get(0)),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(SUMS), sums(folder), StandardCharsets.UTF_8);
    }

    private static void emptied(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static String notes(Changelog.Part part) {
        String when = part.released().map(day -> "released " + day).orElse("a development build, not released");
        return "# Safeguarding for Jira " + part.version() + "\n\n" + when + "\n\n" + part.text() + "\n";
    }

    /** What the SBOM says ships inside the jars, with each licence, then the licence texts the jars carry. */
    static String thirdParty(JsonNode sbom, Path jar) throws IOException {
        StringBuilder text = new StringBuilder("# What is embedded in the jars\n\n")
                .append("| Component | Version | Licence |\n|---|---|---|\n");
        for (JsonNode component : sbom.path("components")) {
            List<String> licences = new ArrayList<>();
            component.path("licenses").forEach(licence -> licences.add(
                    licence.path("license").path("id").asText(licence.path("license").path("name").asText())));
            text.append("| ").append(component.path("group").asText()).append(':')
                    .append(component.path("name").asText()).append(" | ").append(component.path("version").asText())
                    .append(" | ").append(String.join(", ", licences)).append(" |\n");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String name : LICENCE_TEXTS) {
                ZipEntry entry = zip.getEntry(name);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        text.append("\n## ").append(name).append(" in each jar\n\n```\n")
                                .append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                                .append("\n```\n");
                    }
                }
            }
        }
        return text.toString();
    }

    /** {@code sha256sum}'s own format: the hash, two spaces, the file name; sorted by name. */
    static String sums(Path folder) throws IOException {
        StringBuilder sums = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals(SUMS)).sorted().toList()) {
                sums.append(sha256(file)).append("  ").append(file.getFileName()).append('\n');
            }
        }
        return sums.toString();
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
