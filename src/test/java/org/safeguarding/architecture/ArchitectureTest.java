package org.safeguarding.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.BeforeClass;
import org.junit.Test;
import org.safeguarding.architecture.fixtures.platform.PlantedBackArrow;
import org.safeguarding.architecture.fixtures.records.PlantedPort;
import org.safeguarding.architecture.fixtures.records.PlantedStore;
import org.safeguarding.architecture.fixtures.sharing.PlantedFeature;
import org.safeguarding.architecture.fixtures.sharing.ReachesAcross;

/**
 * The rules of docs/architecture.md, over the compiled classes: the domain core knows nothing of Jira; platform
 * imports no other part of the app; cases imports only platform; leads only platform and cases; no package cycle
 * anywhere under org.safeguarding.jira; features reach each other only through ports.
 * A broken rule names the two classes on the arrow that breaks it.
 */
public class ArchitectureTest {
    private static final String APP = "org.safeguarding.jira";
    private static final Set<String> KERNELS = Set.of("platform", "cases", "leads");

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

    /**
     * A feature uses another feature only through its port: an interface, or a value the port carries (a record or an
     * enum); never its adapter, resource or helper classes. The kernels are below every feature and open to all.
     */
    static ArchRule featuresReachEachOtherOnlyThroughPorts(String base, Set<String> kernels, Set<String> allowed) {
        return classes().that().resideInAPackage(base + "..").should(new ArchCondition<>("reach other features only "
                + "through a port") {
            @Override
            public void check(JavaClass from, ConditionEvents events) {
                String feature = featureOf(base, from);
                for (Dependency dependency : from.getDirectDependenciesFromSelf()) {
                    JavaClass to = dependency.getTargetClass();
                    String other = featureOf(base, to);
                    if (feature != null && other != null && !other.equals(feature) && !kernels.contains(feature)
                            && !kernels.contains(other) && !isPort(to) && !allowed.contains(to.getName())) {
                        events.add(SimpleConditionEvent.violated(from, dependency.getDescription()
                                + ": " + to.getName() + " is not a port of " + other));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    private static boolean isPort(JavaClass type) {
        JavaClass outer = type.getEnclosingClass().orElse(type);
        return type.isInterface() || type.isRecord() || type.isEnum() || outer.isInterface() || outer.isRecord();
    }

    /** The first package below the base, or null outside it. */
    private static String featureOf(String base, JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith(base + ".") ? name.substring(base.length() + 1).split("\\.")[0] : null;
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

    /**
     * One arrow is allowed by name: a subject access report shows the agencies a case was shared with exactly as the
     * sharing log shows them, so a corrected entry reads the same in both.
     */
    @Test
    public void features_shouldReachEachOtherOnlyThroughPorts() {
        featuresReachEachOtherOnlyThroughPorts(APP, KERNELS, Set.of(
                "org.safeguarding.jira.sharing.AgencyLogResource$EntryJson",
                "org.safeguarding.jira.sharing.AgencyLogEntries")).check(app);
    }

    @Test
    public void portRule_shouldFailOnAPlantedAdapterUseAndPassItsPort() {
        JavaClasses planted = new ClassFileImporter().importClasses(List.of(ReachesAcross.class, PlantedPort.class,
                PlantedStore.class));

        String report = featuresReachEachOtherOnlyThroughPorts("org.safeguarding.architecture.fixtures", Set.of(),
                Set.of()).evaluate(planted).getFailureReport().toString();

        assertThat(report, allOf(containsString(ReachesAcross.class.getName()),
                containsString(PlantedStore.class.getName() + " is not a port of records"),
                Matchers.not(containsString(PlantedPort.class.getName() + " is not a port"))));
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
