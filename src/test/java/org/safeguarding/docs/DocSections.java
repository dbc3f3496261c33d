package org.safeguarding.docs;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sections of the docs that tests generate from the code, between {@code <!-- generated:NAME … -->} and
 * {@code <!-- /generated:NAME -->}. A stale section fails its test; to refresh every section after changing the
 * code or the texts: {@code mvn test -Dtest='GeneratedDocsTest,WorkflowDiagramTest' -Dsafeguarding.docs.update=true}
 */
public final class DocSections {
    private static final Path DOCS = Path.of(System.getProperty("basedir", "."), "docs");
    private static final boolean UPDATE = Boolean.getBoolean("safeguarding.docs.update");

    private DocSections() {
    }

    public static void check(String file, String name, String content) throws IOException {
        Path path = DOCS.resolve(file);
        String doc = Files.readString(path, StandardCharsets.UTF_8);
        String start = "<!-- generated:" + name + " (GeneratedDocsTest; do not edit by hand) -->\n";
        String end = "<!-- /generated:" + name + " -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError(file + " has no section markers " + start.strip() + " … " + end);
        }
        String current = doc.substring(from + start.length(), to);
        if (UPDATE) {
            Files.writeString(path, doc.substring(0, from + start.length()) + content + doc.substring(to),
                    StandardCharsets.UTF_8);
        } else {
            assertEquals("docs/" + file + " section '" + name + "' is stale; refresh it with: mvn test "
                    + "-Dtest='GeneratedDocsTest,WorkflowDiagramTest' -Dsafeguarding.docs.update=true", content, current);
        }
    }
}
