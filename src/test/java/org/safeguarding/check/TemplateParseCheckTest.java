package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TemplateParseCheckTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void check_shouldParseEveryTemplateOfTheBuildOutput() {
        assertThat(TemplateParseCheck.check(FixtureJar.ofBuildOutput().build(folder.getRoot().toPath())), empty());
    }

    @Test
    public void check_shouldNameATemplateThatDoesNotParse() {
        FixtureJar jar = FixtureJar.ofBuildOutput().with("templates/broken.vm", "#if($open)\n<p>never closed</p>\n");

        assertThat(TemplateParseCheck.check(jar.build(folder.getRoot().toPath())),
                contains(allOf(startsWith("templates/broken.vm: does not parse: "), containsString("line"))));
    }
}
