package org.safeguarding.jira.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;

public class PlanTemplateTest {
    private final VelocityTemplates velocity = new VelocityTemplates();

    @Test
    public void render_shouldShowEachPartUnderItsHeadingWithTheAuthorsLineBreaksAndEscaped() {
        String html = render(false, false);

        assertThat(html, containsString("<h2 id=\"safeguarding-plan-specialists\">Our specialists</h2>"));
        assertThat(html, containsString("<p class=\"safeguarding-keep-lines\">Ann &lt;script&gt;Lee\nBen Cole</p>"));
        assertThat(html, not(containsString("<script>")));
        assertThat(html, containsString("Last changed 1 Dec 2026."));
        assertThat(html, not(containsString("/admin")));
        assertThat(html, containsString("<a href=\"/jira/plugins/servlet/safeguarding/spot-the-signs\">"
                + VelocityTemplates.text("safeguarding.signs.title") + "</a>"));
    }

    @Test
    public void render_shouldSayWhenItIsStillTheTemplateAndShowAdminsWhereToChangeIt() {
        String html = render(true, true);

        assertThat(html, containsString(VelocityTemplates.text("safeguarding.plan.is-template")));
        assertThat(html, containsString("<a href=\"/jira/plugins/servlet/safeguarding/admin/plan#safeguarding-plan-heading\">"));
        assertThat(html, not(containsString("Last changed")));
    }

    @Test
    public void render_shouldBePrintableWithJirasGeneralDecorator() {
        VelocityTemplates.Rendered page = velocity.render(PlanServlet.TEMPLATE, context(false, false));

        assertThat(page.html(), containsString("<meta name=\"decorator\" content=\"atl.general\"/>"));
        assertThat(page.html(), containsString("id=\"safeguarding-print\""));
    }

    private String render(boolean template, boolean admin) {
        return velocity.render(PlanServlet.TEMPLATE, context(template, admin)).html();
    }

    private static Map<String, Object> context(boolean template, boolean admin) {
        return context(template, admin, template ? "" : "ask");
    }

    private static Map<String, Object> context(boolean template, boolean admin, String reading) {
        return Map.of("parts", List.of(Map.of("id", "specialists", "heading", "Our specialists",
                        "text", "Ann <script>Lee\nBen Cole")), "template", template,
                "changedOn", template ? "" : "1 Dec 2026", "admin", admin,
                "adminUrl", "/jira/plugins/servlet/safeguarding/admin/plan#safeguarding-plan-heading",
                "signsUrl", "/jira/plugins/servlet/safeguarding/spot-the-signs",
                "reading", reading, "readUrl", "/jira/rest/safeguarding/1.0/plan/read",
                "readersUrl", admin ? "/jira/plugins/servlet/safeguarding/plan-readers" : "",
                "trainingUrl", admin ? "/jira/plugins/servlet/safeguarding/training" : "");
    }

    @Test
    public void render_shouldAskWhoHasNotReadThisVersionToSaySoAndTellWhoHasThatTheyHave() {
        String asked = velocity.render(PlanServlet.TEMPLATE, context(false, false, "ask")).html();
        String read = velocity.render(PlanServlet.TEMPLATE, context(false, false, "read")).html();

        assertThat(asked, containsString("data-read=\"/jira/rest/safeguarding/1.0/plan/read\""));
        assertThat(asked, containsString(VelocityTemplates.text("safeguarding.plan.read.button")));
        assertThat(read, not(containsString("safeguarding-plan-read\"")));
        assertThat(read, containsString(VelocityTemplates.text("safeguarding.plan.read.already")));
    }

    @Test
    public void render_shouldOfferWhoHasReadItToLeadsAndAdminsOnly() {
        assertThat(render(false, true), containsString("<a href=\"/jira/plugins/servlet/safeguarding/plan-readers\">"));
        assertThat(render(false, false), not(containsString("plan-readers")));
    }
}
