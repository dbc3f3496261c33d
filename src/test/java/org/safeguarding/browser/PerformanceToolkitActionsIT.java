package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.safeguarding.preview.PreviewUser;

/**
 * The app's actions for Atlassian's DC App Performance Toolkit (src/test/dcapt/extension/jira, in the toolkit's own
 * extension format) run once against the preview host, through stand-ins for the toolkit's modules, in Debian's
 * Python with Debian's Selenium and chromium: the HTTP action raises a concern as the guided page does, the browser
 * action opens a case's panel, the guided page and what needs me now. docs/performance-toolkit.md says how to run
 * them in the toolkit against a real Jira Data Center.
 */
public class PerformanceToolkitActionsIT {
    private static final Path SMOKE = Path.of("src/test/dcapt/smoke.py");

    @Rule
    public final Preview preview = new Preview();

    @Test
    public void actions_shouldRunAgainstThePreviewAndReportEachTiming() throws Exception {
        preview.signInAs(PreviewUser.Role.LEAD);
        Path log = Files.createTempFile("dcapt-smoke", ".log");
        ProcessBuilder smoke = new ProcessBuilder(System.getProperty("safeguarding.python", "/usr/bin/python3"),
                SMOKE.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        smoke.environment().put("SAFEGUARDING_SERVER", preview.url(""));
        smoke.environment().put("SAFEGUARDING_CASE", "SG-1");
        Process run = smoke.start();

        assertThat("the actions took too long", run.waitFor(3, TimeUnit.MINUTES), is(true));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output, run.exitValue(), is(0));
        List<String> actions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : output.lines().filter(line -> line.startsWith("{")).toList()) {
            actions.add(json.readTree(line).path("action").asText());
        }
        assertThat(actions, hasItems("locust_safeguarding_raise_concern", "selenium_safeguarding",
                "selenium_safeguarding:view_case_with_panel", "selenium_safeguarding:raise_concern_guided",
                "selenium_safeguarding:what_needs_me_now"));
    }
}
