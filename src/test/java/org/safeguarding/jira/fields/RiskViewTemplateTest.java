package org.safeguarding.jira.fields;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.screening.RiskLevel;

public class RiskViewTemplateTest {
    private final VelocityTemplates velocity = new VelocityTemplates();

    @Test
    public void render_shouldShowEveryLevelInWords() {
        for (RiskLevel level : RiskLevel.values()) {
            String html = velocity.render("templates/fields/risk-view.vm", Map.of("value", level.id())).html();

            assertThat(level.id(), html, containsString(">" + VelocityTemplates.text(level.labelKey()) + "</span>"));
            assertThat(level.id(), html, containsString("class=\"aui-lozenge"));
        }
    }

    @Test
    public void render_shouldShowNothingWithoutAValue() {
        Map<String, Object> noValue = new HashMap<>();
        noValue.put("value", null);

        assertThat(velocity.render("templates/fields/risk-view.vm", noValue).html().strip(), is(emptyString()));
    }
}
