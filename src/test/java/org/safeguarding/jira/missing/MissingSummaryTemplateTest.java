package org.safeguarding.jira.missing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;

public class MissingSummaryTemplateTest {
    private final VelocityTemplates velocity = new VelocityTemplates();

    @Test
    public void render_shouldShowEveryLineForPoliceWithTheCaseAndWhenItWasProduced() {
        VelocityTemplates.Rendered page = render(List.of(row("Description: height", "5'4\""),
                row("Description: nationality", "Not recorded")));

        assertThat(page.html(), containsString("<dt>Description: height</dt>"));
        assertThat(page.html(), containsString("<dd>5&#39;4&quot;</dd>"));
        assertThat(page.html(), containsString("<dd>Not recorded</dd>"));
        assertThat(page.html(), containsString("Case: SG-12"));
        assertThat(page.html(), containsString("Produced: 29 Nov 2026, 09:15:00"));
        assertThat(page.html(), containsString(VelocityTemplates.text("safeguarding.missing-summary.confidential")));
    }

    /** A missing child is a police priority: the flag comes first, in words, before any line. */
    @Test
    public void render_shouldFlagAChildAtTheTopInWords() {
        String child = render(List.of(), true).html();
        String adult = render(List.of(), false).html();

        assertThat(child, containsString(VelocityTemplates.text("safeguarding.missing-summary.child")));
        assertThat(child.indexOf("safeguarding-missing-child"), lessThan(child.indexOf("Risk level and why")));
        assertThat(adult, not(containsString(VelocityTemplates.text("safeguarding.missing-summary.child"))));
    }

    /** After the description, what police can quote, then whom they call back, each under its heading. */
    @Test
    public void render_shouldGiveTheReferencesAndWhomToCallBackAfterTheDescription() {
        String html = render(List.of(row("Description: height", "5'4\""))).html();

        assertThat(html, containsString("<dt>Referral reference</dt>\n        <dd>NRM-&lt;2026&gt;</dd>"));
        assertThat(html, containsString("<dt>Call back on</dt>\n        <dd>0161 496 0000</dd>"));
        assertThat(html.indexOf("Description: height"), lessThan(html.indexOf(VelocityTemplates.text(
                "safeguarding.missing-summary.references"))));
        assertThat(html.indexOf("Referral reference"), lessThan(html.indexOf(VelocityTemplates.text(
                "safeguarding.missing-summary.call-back-heading"))));
    }

    @Test
    public void render_shouldEscapeWhatWorkersTyped() {
        VelocityTemplates.Rendered page = render(List.of(row("Last seen: wearing",
                "<script>alert('x')</script> red coat & hat")));

        assertThat(page.html(), not(containsString("<script>")));
        assertThat(page.html(), containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; red coat &amp; hat"));
    }

    @Test
    public void render_shouldOfferALabelledPrintButtonThePrintStylesheetHides() {
        String html = render(List.of()).html();

        assertThat(html, containsString("<p class=\"safeguarding-no-print\">"));
        assertThat(html, containsString("id=\"safeguarding-print\">Print</button>"));
        assertThat(html, containsString("<html lang=\"en\">"));
    }

    private VelocityTemplates.Rendered render(List<Map<String, String>> rows) {
        return render(rows, false);
    }

    private VelocityTemplates.Rendered render(List<Map<String, String>> rows, boolean child) {
        return velocity.render(MissingSummaryServlet.TEMPLATE, Map.of("caseKey", "SG-12",
                "produced", "29 Nov 2026, 09:15:00", "child", child,
                "about", List.of(row("Risk level and why", "High risk")), "rows", rows,
                "references", List.of(row("Referral reference", "NRM-<2026>")),
                "callBack", List.of(row("Call back on", "0161 496 0000"))));
    }

    private static Map<String, String> row(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
