package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hamcrest.Matcher;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.safeguarding.check.fixtures.NotAContextProvider;
import org.safeguarding.check.fixtures.UsesUndefinedI18nKey;
import org.safeguarding.jira.admin.AdminServlet;

public class DescriptorCheckTest {
    private static final String MODULES_END = "</atlassian-plugin>";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void check_shouldFindNothingWrongWithTheBuildOutput() {
        assertThat(check(FixtureJar.ofBuildOutput()), empty());
    }

    @Test
    public void check_shouldRejectAMisspeltConditionsElement() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "<label key=\"safeguarding.admin.area.settings\"/>",
                "<label key=\"safeguarding.admin.area.settings\"/><coditions type=\"AND\"/>"));

        assertThat(problems, contains(allOf(startsWith("atlassian-plugin.xml: "),
                containsString("<web-item key=\"safeguarding-admin-settings-link\">"),
                containsString("unknown element <coditions>"))));
    }

    @Test
    public void check_shouldRejectAnUnknownModuleType() {
        List<String> problems = addModule("<web-pannel key=\"p\" location=\"atl.jira.view.issue.right.context\"/>");

        assertThat(problems, contains(containsString("unknown element <web-pannel>")));
    }

    @Test
    public void check_shouldRejectAnUnknownAttribute() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "class=\"org.safeguarding.jira.admin.AdminServlet\"", "clas=\"org.safeguarding.jira.admin.AdminServlet\""));

        assertThat(problems, contains(containsString("<servlet> has unknown attribute clas=")));
    }

    @Test
    public void check_shouldRejectComponentElementsInATransformerlessPlugin() {
        List<String> problems = addModule("<component key=\"c\" class=\"org.safeguarding.jira.admin.AdminServlet\"/>");

        assertThat(problems, contains(containsString("<component> is not allowed in a transformerless plugin")));
    }

    @Test
    public void check_shouldRejectAModuleClassMissingFromTheJar() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "org.safeguarding.jira.admin.AdminServlet\"", "org.safeguarding.jira.admin.MissingServlet\""));

        assertThat(problems, contains(
                containsString("class org.safeguarding.jira.admin.MissingServlet is missing from the jar")));
    }

    @Test
    public void check_shouldRejectAContextProviderThatIsNotAContextProvider() {
        FixtureJar jar = withModule(FixtureJar.ofBuildOutput().withClass(NotAContextProvider.class),
                "<web-panel key=\"p\" location=\"atl.jira.view.issue.right.context\"><context-provider class=\""
                        + NotAContextProvider.class.getName() + "\"/></web-panel>");

        assertThat(check(jar), contains(containsString("class " + NotAContextProvider.class.getName()
                + " is not a com.atlassian.plugin.web.ContextProvider")));
    }

    @Test
    public void check_shouldRejectAJiraClassWhosePackageIsNotImported() {
        FixtureJar jar = FixtureJar.ofBuildOutput().editHeader("Import-Package",
                imports -> imports.replace(",com.atlassian.jira.plugin.webfragment.conditions", ""));

        // The admin section, its Get started item and each area's item are each for admins only.
        assertThat(check(jar), contains(Collections.nCopies(9,
                containsString("com.atlassian.jira.plugin.webfragment.conditions is not in Import-Package"))));
    }

    @Test
    public void check_shouldRejectAnUnknownHostClass() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replaceFirst(
                "conditions.UserIsAdminCondition", "conditions.UserIsAdminConditionTypo"));

        assertThat(problems, contains(containsString(
                "UserIsAdminConditionTypo is neither in the jar nor a Jira class we have a stand-in for")));
    }

    @Test
    public void check_shouldRejectAnUndefinedI18nKeyInTheDescriptor() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "key=\"safeguarding.admin.section\"", "key=\"safeguarding.admin.sektion\""));

        assertThat(problems, contains(allOf(startsWith("atlassian-plugin.xml <web-section"),
                containsString("i18n key 'safeguarding.admin.sektion' is not defined"))));
    }

    @Test
    public void check_shouldRejectAnUndefinedI18nKeyInATemplate() {
        FixtureJar jar = FixtureJar.ofBuildOutput().with("templates/extra.vm",
                "<p>$i18n.getText(\"safeguarding.fixture.template\")</p>");

        assertThat(check(jar), contains(allOf(startsWith("templates/extra.vm: "),
                containsString("i18n key 'safeguarding.fixture.template' is not defined"))));
    }

    @Test
    public void check_shouldRejectAnUndefinedI18nKeyInJavaScript() {
        FixtureJar jar = FixtureJar.ofBuildOutput().with("js/extra.js",
                "AJS.I18n.getText('safeguarding.fixture.script');");

        assertThat(check(jar), contains(allOf(startsWith("js/extra.js: "),
                containsString("i18n key 'safeguarding.fixture.script' is not defined"))));
    }

    @Test
    public void check_shouldRejectAnUndefinedI18nKeyInJava() {
        FixtureJar jar = FixtureJar.ofBuildOutput().withClass(UsesUndefinedI18nKey.class);

        assertThat(check(jar), contains(allOf(containsString("UsesUndefinedI18nKey.class: "),
                containsString("i18n key 'safeguarding.fixture.undefined' is not defined"))));
    }

    @Test
    public void check_shouldRejectAnI18nKeyWithoutTheSafeguardingPrefix() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit("i18n/safeguarding.properties",
                properties -> properties + "\nadmin.title=Unprefixed\n");

        assertThat(check(jar), contains(allOf(startsWith("i18n/safeguarding.properties: "),
                containsString("key 'admin.title' does not start with 'safeguarding.'"))));
    }

    @Test
    public void check_shouldRejectAResourceFileMissingFromTheJar() {
        FixtureJar jar = FixtureJar.ofBuildOutput().without("css/safeguarding-admin.css");

        assertThat(check(jar), contains(containsString("file css/safeguarding-admin.css is missing from the jar")));
    }

    @Test
    public void check_shouldRejectATemplateThatIsNeitherOursNorJiras() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "templates/plugins/fields/edit-searcher/search-basictext.vm",
                "templates/plugins/fields/edit-searcher/search-fancytext.vm"));

        assertThat(problems, contains(containsString(
                "file templates/plugins/fields/edit-searcher/search-fancytext.vm is missing from the jar")));
    }

    @Test
    public void check_shouldRejectATemplateNamedInJavaButMissingFromTheJar() {
        FixtureJar jar = FixtureJar.ofBuildOutput().without("templates/admin/admin.vm");

        assertThat(check(jar), contains(allOf(containsString("AdminServlet.class: "),
                containsString("template templates/admin/admin.vm is missing from the jar"))));
    }

    @Test
    public void check_shouldRejectAnUnknownWebLocation() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "location=\"admin_plugins_menu\"", "location=\"admin_plugin_menu\""));

        List<Matcher<? super String>> expected = new ArrayList<>(List.of(
                containsString("location=\"admin_plugin_menu\" is not a Jira web location we know")));
        expected.addAll(Collections.nCopies(8,
                containsString("section=\"admin_plugins_menu/safeguarding-admin-section\" is neither")));
        assertThat(problems, contains(expected));
    }

    @Test
    public void check_shouldRejectAConfigureUrlNoServletServes() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "<url-pattern>/safeguarding/get-started</url-pattern>", "<url-pattern>/safeguarding/setup</url-pattern>"));

        assertThat(problems, contains(
                containsString("configure.url /plugins/servlet/safeguarding/get-started is not served"),
                containsString("link /plugins/servlet/safeguarding/get-started is not served")));
    }

    @Test
    public void check_shouldRejectAreaLinksWhenTheServletServesOnlyItsOwnPath() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "<url-pattern>/safeguarding/admin/*</url-pattern>", ""));

        assertThat(problems, hasSize(AdminServlet.AREAS.size()));
        assertThat(problems, everyItem(containsString("link /plugins/servlet/safeguarding/admin/")));
    }

    @Test
    public void check_shouldRejectALinkWithAQueryThatNoServletServes() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "<url-pattern>/safeguarding/raise</url-pattern>", "<url-pattern>/safeguarding/raising</url-pattern>"));

        assertThat(problems, contains(
                containsString("link /plugins/servlet/safeguarding/raise is not served"),
                containsString("link /plugins/servlet/safeguarding/raise?project=$projectKey is not served")));
    }

    @Test
    public void check_shouldRejectAMissingDataCenterParam() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "<param name=\"atlassian-data-center-compatible\">true</param>", ""));

        assertThat(problems, contains(
                containsString("missing <param name=\"atlassian-data-center-compatible\">")));
    }

    @Test
    public void check_shouldRejectRestMigrationNestedInsideTheRestModule() {
        List<String> problems = checkDescriptor(descriptor -> descriptor
                .replaceFirst("(?s)<rest-migration key=\"[^\"]*\">\\s*<rest-v2/>\\s*</rest-migration>", "")
                .replace("</rest>", "<rest-migration><rest-v2/></rest-migration></rest>"));

        assertThat(problems, containsInAnyOrder(
                allOf(containsString("<rest key=\"safeguarding-rest\">"),
                        containsString("unknown element <rest-migration>")),
                containsString("<rest> needs a top-level <rest-migration key=")));
    }

    @Test
    public void check_shouldRejectATopLevelRestMigrationWithoutAKey() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replaceFirst(
                "<rest-migration key=\"[^\"]*\">", "<rest-migration>"));

        assertThat(problems, contains(containsString("module has no key=")));
    }

    @Test
    public void check_shouldRejectARestModuleWithoutRestV2() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace("<rest-v2/>", ""));

        assertThat(problems, contains(containsString("<rest> needs a top-level <rest-migration key=")));
    }

    @Test
    public void check_shouldRejectADashboardThumbnailThatIsNoDownloadOfOurs() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "safeguarding-dashboard-resources/safeguarding-dashboard-thumbnail.png",
                "safeguarding-dashboard-resources/thumbnail.png"));

        assertThat(problems, contains(allOf(containsString("<dashboard-item key=\"safeguarding-work-dashboard-item\">"),
                containsString("<thumbnail location=\"/download/resources/org.safeguarding.safeguarding-for-jira:"
                        + "safeguarding-dashboard-resources/thumbnail.png\"> is not a download of one of our"))));
    }

    @Test
    public void check_shouldRejectAnUnknownWebResourceDependency() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "com.atlassian.auiplugin:ajs", "com.example:nothing"));

        assertThat(problems, contains(containsString("<dependency>com.example:nothing</dependency>: neither")));
    }

    @Test
    public void check_shouldRejectATemplateThatRequiresWebResourcesItself() {
        FixtureJar jar = FixtureJar.ofBuildOutput().edit("templates/admin/admin.vm", template ->
                "$webResourceManager.requireResource(\"org.safeguarding.safeguarding-for-jira:safeguarding-admin-resources\")\n"
                        + template);

        assertThat(check(jar), contains(allOf(startsWith("templates/admin/admin.vm: "),
                containsString("uses $webResourceManager, which Jira does not give plugin templates"))));
    }

    @Test
    public void check_shouldRejectATemplateNamingJirasOwnContextItems() {
        FixtureJar jar = FixtureJar.ofBuildOutput().with("templates/extra.vm",
                "<a href=\"$baseurl/browse/${issue.key}\">$!req.contextPath</a>");

        assertThat(check(jar), contains(
                allOf(startsWith("templates/extra.vm: "), containsString("uses $baseurl")),
                allOf(startsWith("templates/extra.vm: "), containsString("uses $issue")),
                allOf(startsWith("templates/extra.vm: "), containsString("uses $req"))));
    }

    @Test
    public void check_shouldAcceptALoopVariableNamedLikeAJiraContextItem() {
        FixtureJar jar = FixtureJar.ofBuildOutput().with("templates/extra.vm",
                "#foreach ($project in $projects)<p>$project.name</p>#end");

        assertThat(check(jar), empty());
    }

    @Test
    public void check_shouldRejectAnUnfilteredPlaceholder() {
        List<String> problems = checkDescriptor(descriptor -> descriptor.replace(
                "<vendor name=", "<vendor url=\"${project.url}\" name="));

        assertThat(problems, contains(containsString("${project.url} was not filtered by the build")));
    }

    private List<String> checkDescriptor(UnaryOperator<String> edit) {
        return check(FixtureJar.ofBuildOutput().edit(PluginJar.DESCRIPTOR, edit));
    }

    private List<String> addModule(String module) {
        return check(withModule(FixtureJar.ofBuildOutput(), module));
    }

    private static FixtureJar withModule(FixtureJar jar, String module) {
        return jar.edit(PluginJar.DESCRIPTOR, descriptor -> descriptor.replace(MODULES_END, module + MODULES_END));
    }

    private List<String> check(FixtureJar jar) {
        return DescriptorCheck.check(jar.build(folder.getRoot().toPath()), Flavour.JIRA10);
    }
}
