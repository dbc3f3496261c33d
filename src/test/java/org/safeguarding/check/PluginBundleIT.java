package org.safeguarding.check;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** "Would Jira load it": every check, on each bundle the package phase built. */
@RunWith(Parameterized.class)
public class PluginBundleIT {
    private final Flavour flavour;
    private final PluginJar jar;

    public PluginBundleIT(Flavour flavour) {
        this.flavour = flavour;
        this.jar = PluginJar.read(flavour.builtJar());
    }

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> flavours() {
        return Arrays.stream(Flavour.values()).map(flavour -> new Object[] {flavour}).toList();
    }

    @Test
    public void descriptor_shouldDeclareOnlyWhatJiraLoads() {
        assertThat(DescriptorCheck.check(jar, flavour), empty());
    }

    @Test
    public void manifest_shouldMakeATransformerlessPluginBundle() {
        assertThat(ManifestCheck.check(jar), empty());
    }

    @Test
    public void springScannerIndex_shouldMatchTheAnnotations() {
        assertThat(SpringScannerIndexCheck.check(jar), empty());
    }

    @Test
    public void hostApiList_shouldNameExactlyTheJiraApiTheJarsClassesUse() {
        assertThat(HostApiListCheck.check(jar, flavour), empty());
    }

    @Test
    public void bundle_shouldResolveInFelixAgainstItsJiraLine() {
        assertThat(OsgiResolveCheck.check(jar, flavour), empty());
    }

    @Test
    public void bundle_shouldHoldOnlyOurOwnClassesAndResources() {
        assertThat(JarContentCheck.check(jar, flavour), empty());
    }

    @Test
    public void restResources_shouldBeGuardedAndJsonOnly() {
        assertThat(RestResourceCheck.check(jar, flavour), empty());
    }

    @Test
    public void templates_shouldParseWithVelocity() {
        assertThat(TemplateParseCheck.check(jar), empty());
    }

    @Test
    public void bundle_shouldHoldTheSameFilesAsTheOtherLine() {
        PluginJar other = PluginJar.read(Flavour.values()[1 - flavour.ordinal()].builtJar());

        assertThat(jar.paths(), equalTo(other.paths()));
        assertThat(jar.paths(), hasItem(PluginJar.DESCRIPTOR));
    }
}
