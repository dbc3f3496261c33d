package org.safeguarding.jira.admin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;

public class AdminTemplateTest {
    private final VelocityTemplates velocity = new VelocityTemplates();

    @Test
    public void render_shouldShowTheInstalledBuildInPlainWords() {
        VelocityTemplates.Rendered page = velocity.render(AdminServlet.TEMPLATE, page("11.3"));

        assertThat(page.html(), containsString("<h1 id=\"safeguarding-admin-title\">Safeguarding for Jira</h1>"));
        assertThat(page.html(), containsString("This build is for Jira Data Center 11.3 LTS."));
        assertThat(page.html(), containsString(VelocityTemplates.text("safeguarding.admin.confidential")));
    }

    @Test
    public void render_shouldUseJirasAdminDecoratorAndSelectOurMenuEntry() {
        String html = velocity.render(AdminServlet.TEMPLATE, page("10.3")).html();

        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        assertThat(html, containsString(
                "<meta name=\"admin.active.section\" content=\"admin_plugins_menu/safeguarding-admin-section\"/>"));
        assertThat(html, containsString("<meta name=\"admin.active.tab\" content=\"safeguarding-admin-link\"/>"));
    }

    @Test
    public void render_shouldListTheDirectoryWithWhatIsDueForCheckingAndTheTranslationsToCheck() {
        String html = velocity.render(AdminServlet.TEMPLATE, Map.of("jiraLine", "10.3",
                "entries", List.of(Map.of("name", "<b>Helpline</b>", "phone", "08000 121 700", "where", "Whole UK",
                        "whom", "Everyone", "checked", "29 Nov 2026", "due", true, "source", "https://example.org")),
                "languages", List.of(Map.of("name", "Somali", "tag", "so", "reviewed", false, "reviewedBy", "",
                        "reviewedOn", ""), Map.of("name", "Polish", "tag", "pl", "reviewed", true,
                        "reviewedBy", "Ewa Nowak", "reviewedOn", "1 Dec 2026")))).html();

        assertThat(html, containsString("<th scope=\"col\">Last checked</th>"));
        assertThat(html, containsString("<td>&lt;b&gt;Helpline&lt;/b&gt;</td>"));
        assertThat(html, containsString("29 Nov 2026 <span class=\"aui-lozenge aui-lozenge-current\">Due for checking</span>"));
        assertThat(html, containsString("<li>Somali (so): <strong>not yet checked by a fluent speaker</strong></li>"));
        assertThat(html, containsString("<li>Polish (pl): checked by a fluent speaker: Ewa Nowak, 1 Dec 2026</li>"));
    }

    private static Map<String, Object> page(String jiraLine) {
        return Map.of("jiraLine", jiraLine, "entries", List.of(), "languages", List.of());
    }

    @Test
    public void render_shouldRequireTheAdminStylesWebResource() {
        assertThat(velocity.render(AdminServlet.TEMPLATE, page("10.3")).requiredResources(),
                contains("org.safeguarding.safeguarding-for-jira:safeguarding-admin-resources"));
    }
}
