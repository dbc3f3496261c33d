package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

/** The harness escapes as Jira does: every reference but translations and names ending in "Html". */
public class VelocityTemplatesTest {
    @Test
    public void isUnescaped_shouldLeaveTranslationsAndHtmlNamesAsTheyAreInEveryReferenceForm() {
        assertThat(VelocityTemplates.isUnescaped("$i18n.getText(\"safeguarding.x\")"), is(true));
        assertThat(VelocityTemplates.isUnescaped("$!{servicesHtml}"), is(true));
        assertThat(VelocityTemplates.isUnescaped("${bodyHtml}"), is(true));
        assertThat(VelocityTemplates.isUnescaped("$plan.textHTML()"), is(true));
    }

    @Test
    public void escaped_shouldEscapeTheFiveCharactersJiraEscapes() {
        assertThat(VelocityTemplates.escaped("<a href=\"x\" title='y'>Tom & Jerry</a>"),
                is("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;"));
    }

    @Test
    public void escaped_shouldLeaveEveryOtherCharacterAsJiraDoes() {
        assertThat(VelocityTemplates.escaped("Shqipë – العربية · 0800 121 700"), is("Shqipë – العربية · 0800 121 700"));
    }

    @Test
    public void isUnescaped_shouldLeaveWhatJirasEscaperTrustsByNameAsItIs() {
        assertThat(VelocityTemplates.isUnescaped("$body"), is(true));
        assertThat(VelocityTemplates.isUnescaped("$!{head}"), is(true));
        assertThat(VelocityTemplates.isUnescaped("$renderer.render($text)"), is(true));
        assertThat(VelocityTemplates.isUnescaped("$field.getRenderedText()"), is(true));
    }

    @Test
    public void isUnescaped_shouldEscapeAValueReadFromAMapWhateverItsKey() {
        assertThat(VelocityTemplates.isUnescaped("$plan.textHTML"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$!{action.linkHtml}"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$page.body"), is(false));
    }

    @Test
    public void isUnescaped_shouldEscapeEveryOtherReference() {
        assertThat(VelocityTemplates.isUnescaped("$service.name"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$!{name}"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$htmlTitle"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$bodyText"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$case.renderable"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$tml"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$map.get(\"xHtml\")"), is(false));
        assertThat(VelocityTemplates.isUnescaped("$"), is(false));
    }
}
