package org.safeguarding.architecture;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.java.ao.schema.Table;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * What a running Jira holds or serves under the app's names, listed here as shipped: moving code between packages
 * must rename none of it, or a customer's tables, links and saved REST calls break on upgrade.
 */
public class CustomerFacingNamesTest {
    private static JavaClasses app;

    @BeforeClass
    public static void importCompiledClasses() {
        app = new ClassFileImporter().importPath(Path.of(System.getProperty("basedir", "."), "target", "classes"));
    }

    @Test
    public void activeObjectsTables_shouldKeepTheirNames() {
        Set<String> tables = app.stream().filter(type -> type.isAnnotatedWith(Table.class))
                .map(type -> type.getAnnotationOfType(Table.class).value()).collect(Collectors.toCollection(TreeSet::new));

        assertThat(tables, is(new TreeSet<>(Set.of("AccessLog", "AgencyShare", "CaseConnection", "CaseMarker", "ClosedCase",
                "ExplanationReview", "LeadsTold", "PlanRead", "Resource", "ResourceChange", "SharedMarker",
                "StaffTraining"))));
    }

    @Test
    public void restResources_shouldKeepTheirPaths() {
        Set<String> paths = app.stream().filter(type -> type.isAnnotatedWith(javax.ws.rs.Path.class))
                .map(CustomerFacingNamesTest::path).collect(Collectors.toCollection(TreeSet::new));

        assertThat(paths, is(new TreeSet<>(Set.of("/assessment", "/checklist", "/concerns",
                "/issue/{issueKey}/agency-log", "/issue/{issueKey}/anonymise", "/issue/{issueKey}/assessment",
                "/issue/{issueKey}/duty", "/issue/{issueKey}/handout/printed", "/issue/{issueKey}/markers",
                "/issue/{issueKey}/subject-access", "/figures", "/plan",
                "/projects", "/projects/{projectKey}/enablement", "/resources", "/self-check", "/settings", "/setup",
                "/staff/{userKey}/subject-access", "/training", "/work"))));
    }

    @Test
    public void servletsAndTheRestModule_shouldKeepTheirAddresses() throws Exception {
        String descriptor = Files.readString(Path.of(System.getProperty("basedir", "."), "atlassian-plugin.xml"));
        Set<String> addresses = new TreeSet<>();
        Matcher found = Pattern.compile("<url-pattern>([^<]+)</url-pattern>|<rest [^>]*path=\"([^\"]+)\"")
                .matcher(descriptor);
        while (found.find()) {
            addresses.add(found.group(1) != null ? found.group(1) : "rest " + found.group(2));
        }

        assertThat(addresses, is(new TreeSet<>(Set.of("rest /safeguarding", "/plugins/servlet/safeguarding/*",
                "/rest/safeguarding/*", "/safeguarding/access-log.csv", "/safeguarding/admin", "/safeguarding/admin/*",
                "/safeguarding/agency-log", "/safeguarding/anonymise", "/safeguarding/chronology",
                "/safeguarding/connections", "/safeguarding/figures", "/safeguarding/get-started",
                "/safeguarding/handout", "/safeguarding/markers", "/safeguarding/missing-summary",
                "/safeguarding/nrm-draft", "/safeguarding/plan", "/safeguarding/plan-readers",
                "/safeguarding/police-intelligence", "/safeguarding/poster", "/safeguarding/raise",
                "/safeguarding/services", "/safeguarding/spot-the-signs", "/safeguarding/subject-access",
                "/safeguarding/training",
                "/safeguarding/work"))));
    }

    private static String path(JavaClass type) {
        return type.getAnnotationOfType(javax.ws.rs.Path.class).value();
    }
}
