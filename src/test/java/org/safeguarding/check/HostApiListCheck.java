package org.safeguarding.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.safeguarding.jira.platform.HostApiInventory;
import org.safeguarding.jira.platform.HostMember;

/**
 * Does the list of Jira API members inside a jar name exactly what that jar's classes use? The jar's classes are
 * scanned again, as the build scanned them; for the jira11 jar, whose classes were renamed to {@code jakarta}, the
 * list is read the way the running app reads it there. A member missing from the list would go unchecked on a
 * customer's Jira; one the classes do not use would be a false alarm.
 */
public final class HostApiListCheck {
    private HostApiListCheck() {
    }

    public static List<String> check(PluginJar jar, Flavour flavour) {
        String resource = HostApiInventory.RESOURCE.substring(1);
        if (!jar.has(resource)) {
            return List.of(jar.name() + ": has no " + resource + ", so the app cannot check its Jira");
        }
        try (InputStream listed = jar.open(resource);
             FileSystem classes = FileSystems.newFileSystem(jar.file())) {
            HostApiInventory inJar = HostApiInventory.read(listed);
            HostApiInventory scanned = HostApiScanner.inventoryOf(classes.getPath("/"));
            Set<String> expected = keys(scanned, UnaryOperator.identity());
            Set<String> actual = keys(inJar, inJar.asRunning(flavour.api("javax.servlet").replace('.', '/') + "/"));
            List<String> problems = new ArrayList<>();
            difference(expected, actual).forEach(key -> problems.add(jar.name() + ": the list lacks " + key));
            difference(actual, expected).forEach(key -> problems.add(jar.name() + ": the list names " + key
                    + ", which no class uses"));
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(HostApiInventory inventory, UnaryOperator<String> descriptors) {
        Set<String> keys = new TreeSet<>();
        for (HostMember member : inventory.members()) {
            keys.add(member.kind() + " " + member.owner() + " " + member.name() + " "
                    + descriptors.apply(member.descriptor()) + " " + member.use());
        }
        return keys;
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> left = new TreeSet<>(from);
        left.removeAll(without);
        return left;
    }
}
