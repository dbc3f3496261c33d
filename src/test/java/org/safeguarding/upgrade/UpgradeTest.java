package org.safeguarding.upgrade;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.safeguarding.jira.platform.DataVersion;
import org.w3c.dom.NodeList;

/**
 * An admin who installs this version over an earlier one keeps everything: each released version's stored data,
 * frozen in {@code src/test/resources/org/safeguarding/upgrade/<version>/} (Active Objects rows as its entities wrote
 * them, its plugin settings, and what it read back), goes through this version's start-up, and then every row and
 * setting is still there as it was (bar the directory entries no person changed, which start-up brings up to date),
 * and this version reads every fact that version read. {@code WorkflowUpgradeTest} does the same for the workflow
 * each version installed.
 *
 * <p>A version's fixture is frozen once, when it is released: {@code mvn test -Dtest=UpgradeTest
 * -Dsafeguarding.fixture.freeze=1.0.0} writes it from the code as it stands, and refuses to write over it once that
 * version is no longer the one being built.
 */
public class UpgradeTest {
    static final Path FIXTURES = Path.of("src/test/resources/org/safeguarding/upgrade");
    static final String ROWS = "active-objects.json";
    static final String SETTINGS = "plugin-settings.json";
    static final String READS = "reads.txt";
    public static final String WORKFLOW = "workflow.xml";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** The tables start-up may change: the directory's entries that no person has changed. */
    private static final String DIRECTORY = "RESOURCE";

    @Test
    public void upgrade_shouldKeepEveryRowAndSettingOfEachReleasedVersion() throws Exception {
        List<String> lost = new ArrayList<>();
        for (Path fixture : fixtures()) {
            StoredData data = loaded(fixture);
            Map<String, List<Map<String, Object>>> before = rows(fixture);

            data.startUp();

            String version = fixture.getFileName().toString();
            Set<Object> changedByPeople = before.getOrDefault("RESOURCE_CHANGE", List.of()).stream()
                    .filter(change -> !"safeguarding-for-jira".equals(change.get("CHANGED_BY")))
                    .map(change -> change.get("RESOURCE_ID")).collect(Collectors.toSet());
            before.forEach((table, rows) -> {
                for (Map<String, Object> row : rows) {
                    boolean mayChange = table.equals(DIRECTORY) && !changedByPeople.contains(row.get("RESOURCE_ID"));
                    if (!mayChange && !kept(data.ao.tables().getOrDefault(table, List.of()), row)) {
                        lost.add(version + ": " + table + " row " + row.get(InMemoryActiveObjects.ID) + " changed");
                    }
                    if (mayChange && data.ao.tables().get(table).stream().noneMatch(
                            after -> after.get("RESOURCE_ID").equals(row.get("RESOURCE_ID")))) {
                        lost.add(version + ": directory entry " + row.get("RESOURCE_ID") + " gone");
                    }
                }
            });
            settings(fixture).forEach((key, value) -> {
                // The one setting each start-up moves on: the newest version to have used the data.
                if (!key.equals(DataVersion.KEY) && !same(value, data.settings.get(key))) {
                    lost.add(version + ": setting " + key + " changed");
                }
            });
        }
        assertThat(lost, empty());
    }

    @Test
    public void upgrade_shouldReadEveryFactEachReleasedVersionRead() throws Exception {
        for (Path fixture : fixtures()) {
            StoredData data = loaded(fixture);
            data.startUp();

            assertReadsEveryFact(fixture, data);
        }
    }

    /** An older version over a newer one's data changes nothing and says which newer version used it. */
    @Test
    public void downgrade_shouldKeepTheDataAndNameTheNewerVersionThatUsedIt() throws Exception {
        for (Path fixture : fixtures()) {
            StoredData data = loaded(fixture);
            data.settings.put(DataVersion.KEY, "999.0.0");

            data.startUp();

            assertThat(data.dataVersion.newer(), is(Optional.of("999.0.0")));
            assertThat(data.settings.get(DataVersion.KEY), is("999.0.0"));
            assertReadsEveryFact(fixture, data);
        }
    }

    private static void assertReadsEveryFact(Path fixture, StoredData data) throws IOException {
        List<String> reads = data.report();
        for (String line : Files.readAllLines(fixture.resolve(READS), StandardCharsets.UTF_8)) {
            assertThat(fixture.getFileName().toString(), reads, hasItem(line));
        }
    }

    /** The frozen report is worth something only if it says something about every part of the store. */
    @Test
    public void fixtures_shouldHoldRowsOfEveryTableAndAReportOfThem() throws Exception {
        assertThat(fixtures(), is(not(empty())));
        for (Path fixture : fixtures()) {
            assertThat(fixture.toString(), rows(fixture).keySet(), is(tablesOf(entities())));
            assertThat(fixture.toString(), Files.readAllLines(fixture.resolve(READS)).size() > 20, is(true));
        }
    }

    @Test
    public void load_shouldRefuseATableOrColumnThisVersionNoLongerHas() {
        InMemoryActiveObjects ao = new InMemoryActiveObjects();

        IllegalArgumentException table = assertThrows(IllegalArgumentException.class,
                () -> ao.load(Map.of("CASE_NOTE", List.of(Map.of("ID", 1))), entities()));
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> ao.load(Map.of("CLOSED_CASE", List.of(Map.of("ID", 1, "CLOSED_AT", "x"))), entities()));

        assertThat(table.getMessage(), is("no entity of this version has the table CASE_NOTE"));
        assertThat(column.getMessage(), is("CLOSED_CASE has no column CLOSED_AT in this version"));
    }

    /** Writes this version's fixture, with -Dsafeguarding.fixture.freeze=VERSION; skipped, not passed, otherwise. */
    @Test
    public void freeze_shouldWriteAVersionsFixtureOnlyWhileItIsTheOneBeingBuilt() throws Exception {
        String version = System.getProperty("safeguarding.fixture.freeze");
        assumeTrue("no -Dsafeguarding.fixture.freeze: nothing to freeze", version != null);
        Path fixture = FIXTURES.resolve(version);
        String building = System.getProperty("safeguarding.version", "");
        if (Files.exists(fixture) && !building.equals(version + "-SNAPSHOT")) {
            throw new IllegalStateException(version + " is released (this is " + building + "): its fixture is frozen");
        }
        StoredData data = new StoredData();
        data.write();
        Files.createDirectories(fixture);
        JSON.writeValue(fixture.resolve(ROWS).toFile(), data.ao.tables());
        JSON.writeValue(fixture.resolve(SETTINGS).toFile(), data.settings);
        Files.write(fixture.resolve(READS), data.report(), StandardCharsets.UTF_8);
        // The workflow as this version ships it, before set-up fills in a Jira's ids.
        try (InputStream shipped = UpgradeTest.class.getResourceAsStream("/workflow/safeguarding-referral.xml")) {
            Files.write(fixture.resolve(WORKFLOW), shipped.readAllBytes());
        }
    }

    public static List<Path> fixtures() throws IOException {
        try (Stream<Path> versions = Files.list(FIXTURES)) {
            return versions.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static StoredData loaded(Path fixture) throws Exception {
        StoredData data = new StoredData();
        data.ao.load(rows(fixture), entities());
        data.settings.putAll(settings(fixture));
        return data;
    }

    private static boolean kept(List<Map<String, Object>> after, Map<String, Object> row) {
        return after.stream().filter(each -> Objects.equals(each.get(InMemoryActiveObjects.ID),
                        ((Number) row.get(InMemoryActiveObjects.ID)).intValue()))
                .anyMatch(each -> same(each, row));
    }

    /** The same as written to JSON, keys sorted: a long and an int of one value are one number to the database. */
    private static boolean same(Object one, Object other) {
        try {
            return JSON.writeValueAsString(one).equals(JSON.writeValueAsString(other));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, List<Map<String, Object>>> rows(Path fixture) throws IOException {
        return JSON.readValue(fixture.resolve(ROWS).toFile(), new TypeReference<>() { });
    }

    private static Map<String, Object> settings(Path fixture) throws IOException {
        return JSON.readValue(fixture.resolve(SETTINGS).toFile(), new TypeReference<>() { });
    }

    /** The app's Active Objects entities, as its descriptor declares them to Jira. */
    static List<Class<?>> entities() {
        try {
            NodeList names = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("atlassian-plugin.xml").toFile()).getElementsByTagName("entity");
            List<Class<?>> entities = new ArrayList<>();
            for (int i = 0; i < names.getLength(); i++) {
                entities.add(Class.forName(names.item(i).getTextContent().trim()));
            }
            return entities;
        } catch (Exception e) {
            throw new AssertionError("the descriptor's entities could not be read", e);
        }
    }

    private static Set<String> tablesOf(List<Class<?>> entities) {
        return entities.stream().map(InMemoryActiveObjects::table).collect(Collectors.toSet());
    }
}
