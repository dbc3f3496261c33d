package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.Test;

public class SelfCheckWordsTest {
    /** An administrator reads which parts of the app are switched off: every feature package has words for it. */
    @Test
    public void parts_shouldNameEveryFeatureOfTheAppInWords() throws Exception {
        PropertiesTexts texts = new PropertiesTexts();
        Path jira = Path.of(System.getProperty("basedir", "."), "target", "classes", "org", "safeguarding", "jira");
        List<String> unnamed;
        try (Stream<Path> packages = Files.list(jira)) {
            unnamed = packages.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
                    .filter(name -> !named(name, texts)).toList();
        }
        assertThat(unnamed, empty());
    }

    private static boolean named(String featurePackage, PropertiesTexts texts) {
        try {
            SelfCheckWords.parts(Set.of("org.safeguarding.jira." + featurePackage + ".AnyClass"), texts);
            return true;
        } catch (IllegalArgumentException undefined) {
            return false;
        }
    }
}
