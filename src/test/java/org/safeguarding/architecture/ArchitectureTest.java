package org.safeguarding.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.safeguarding.architecture.fixtures.platform.PlantedBackArrow;
import org.safeguarding.architecture.fixtures.sharing.PlantedFeature;

/**
 * The rules of docs/architecture.md, over the compiled classes: the domain core knows nothing of Jira; platform
 * imports no other part of the app; cases imports only platform; leads only platform and cases; no package cycle
 * anywhere under org.safeguarding.jira.
 * A broken rule names the two classes on the arrow that breaks it.
 */
public class ArchitectureTest {
    private static final String APP = "org.safeguarding.jira";

    private static JavaClasses app;

    @BeforeClass
    public static void importCompiledClasses() {
        app = new ClassFileImporter().importPath(Path.of(System.getProperty("basedir", "."), "target", "classes"));
    }

    static ArchRule domainCoreKnowsNoJira() {
        return noClasses().that().resideInAnyPackage("org.safeguarding.screening..", "org.safeguarding.referral..",
                "org.safeguarding.resources..").should().dependOnClassesThat()
                .resideInAnyPackage(APP + "..", "com.atlassian..", "net.java.ao..", "javax.ws.rs..", "javax.servlet..")
                .because("the domain core is pure Java, tested directly");
    }

    /** A kernel may use the kernels below it and nothing else of the app. */
    static ArchRule kernelImportsOnly(String kernel, String... below) {
        String[] allowed = new String[below.length + 1];
        allowed[0] = APP + "." + kernel + "..";
        for (int i = 0; i < below.length; i++) {
            allowed[i + 1] = APP + "." + below[i] + "..";
        }
        return noClasses().that().resideInAPackage(APP + "." + kernel + "..").should().dependOnClassesThat(
                resideInAPackage(APP + "..").and(not(resideInAnyPackage(allowed))))
                .because(kernel + " is what features use, so it may not use a feature");
    }

    static ArchRule noPackageCycle() {
        return slices().matching(APP + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    public void domainCore_shouldKnowNothingOfJira() {
        domainCoreKnowsNoJira().check(app);
    }

    @Test
    public void platform_shouldImportNoOtherPartOfTheApp() {
        kernelImportsOnly("platform").check(app);
    }

    @Test
    public void cases_shouldImportOnlyPlatform() {
        kernelImportsOnly("cases", "platform").check(app);
    }

    @Test
    public void leads_shouldImportOnlyPlatformAndCases() {
        kernelImportsOnly("leads", "platform", "cases").check(app);
    }

    @Test
    public void packages_shouldHaveNoCycle() {
        noPackageCycle().check(app);
    }

    @Test
    public void kernelRule_shouldFailOnAPlantedBackArrowNamingBothClasses() {
        JavaClasses planted = new ClassFileImporter().importClasses(List.of(PlantedBackArrow.class,
                PlantedFeature.class));

        EvaluationResult result = noClasses().that().resideInAPackage("..fixtures.platform..").should()
                .dependOnClassesThat().resideInAPackage("..fixtures.sharing..").evaluate(planted);

        assertThat(result.getFailureReport().toString(), allOf(containsString(PlantedBackArrow.class.getName()),
                containsString(PlantedFeature.class.getName())));
    }

    @Test
    public void cycleRule_shouldFailOnAPlantedCycle() {
        JavaClasses planted = new ClassFileImporter().importClasses(List.of(PlantedBackArrow.class,
                PlantedFeature.class));

        EvaluationResult result = slices().matching("org.safeguarding.architecture.fixtures.(*)..").should()
                .beFreeOfCycles().evaluate(planted);

        assertThat(result.getFailureReport().toString(), allOf(containsString("Cycle detected"),
                containsString(PlantedBackArrow.class.getName()), containsString(PlantedFeature.class.getName())));
    }
}
