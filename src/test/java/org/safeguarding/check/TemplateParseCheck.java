package org.safeguarding.check;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.parser.ParseException;

/** Every Velocity template in the bundle parses with real Apache Velocity (1.7, the release nearest Jira's fork). */
public final class TemplateParseCheck {
    private TemplateParseCheck() {
    }

    public static List<String> check(PluginJar jar) {
        RuntimeInstance velocity = new RuntimeInstance();
        velocity.setProperty(RuntimeInstance.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        try {
            velocity.init();
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
        List<String> problems = new ArrayList<>();
        for (String template : jar.pathsEndingWith(".vm")) {
            try {
                velocity.parse(new StringReader(jar.text(template).orElse("")), template);
            } catch (ParseException e) {
                problems.add(template + ": does not parse: " + e.getMessage().strip());
            }
        }
        return problems;
    }
}
