package org.safeguarding.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.servlet.http.HttpServlet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.safeguarding.jira.selfcheck.HostApiInventory;

/**
 * Lists every Jira and Atlassian class, method and field the plugin's bytecode references, read from the compiled
 * classes with ASM so the list cannot drift from the code; and which of our classes use which, so the running app
 * can tell which of its parts a missing member would break. The build writes the list into both jars
 * ({@link HostApiInventory#RESOURCE}); the app's self-check resolves it against the running Jira.
 *
 * <p>Lines, sorted: {@code class <owner>}, {@code method <owner> <name> <descriptor>} and
 * {@code field <owner> <name> <descriptor>}, each followed by {@code by <our classes>}; and {@code uses <our class>
 * <our classes>}: what each of our classes references of ours, including the classes that implement or extend it,
 * which is how the app's seams reach Jira.
 */
public final class HostApiScanner {
    /** The packages Jira and its platform give the plugin: the ones our stand-ins stand in for. */
    static final List<String> HOST_PACKAGES = List.of("com/atlassian/", "com/opensymphony/", "net/java/ao/",
            "org/ofbiz/");
    private static final String OURS = "org/safeguarding/";

    private final Map<String, Set<String>> usersByMember = new TreeMap<>();
    private final Map<String, Set<String>> usesByClass = new TreeMap<>();

    private HostApiScanner() {
    }

    /** {@code <compiled classes> <inventory file>}: writes the inventory of the compiled classes. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path inventory = Path.of(args[1]);
        Files.createDirectories(inventory.getParent());
        Files.write(inventory, scan(classes), StandardCharsets.UTF_8);
    }

    /** The inventory's lines for every class file under the folder. */
    public static List<String> scan(Path classes) throws IOException {
        HostApiScanner scanner = new HostApiScanner();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class")).sorted().forEach(scanner::read);
        }
        return scanner.lines();
    }

    private void read(Path classFile) {
        try {
            ClassReader reader = new ClassReader(Files.readAllBytes(classFile));
            String user = topLevel(reader.getClassName());
            if (!user.startsWith(OURS)) {
                return;
            }
            usesByClass.computeIfAbsent(user, key -> new TreeSet<>());
            String superName = reader.getSuperName();
            for (String supertype : withSuper(superName, reader.getInterfaces())) {
                if (supertype.startsWith(OURS)) {
                    // A seam reaches Jira through whatever implements it: whoever uses the seam uses this class too.
                    usesByClass.computeIfAbsent(topLevel(supertype), key -> new TreeSet<>()).add(user);
                }
            }
            // The remapper walks method bodies only when the visitor behind it wants them: a writer does.
            reader.accept(new ClassRemapper(new ClassWriter(0), new Recorder(user)), ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> withSuper(String superName, String[] interfaces) {
        List<String> all = new ArrayList<>(List.of(interfaces));
        if (superName != null) {
            all.add(superName);
        }
        return all;
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("# Jira and Atlassian API members this build's bytecode uses, and which of our classes use them.");
        lines.add("# Written by the build from the compiled classes (HostApiScanner); read by the app's self-check.");
        // The jira11 jar's classes say jakarta where this list says javax: the check renames by this root.
        lines.add("servlet " + HostApiInventory.servletRoot(HttpServlet.class));
        usersByMember.forEach((member, users) -> lines.add(member + " by " + String.join(",", dotted(users))));
        usesByClass.forEach((user, uses) -> {
            uses.remove(user);
            lines.add("uses " + dotted(user) + " " + String.join(",", dotted(uses)));
        });
        return lines;
    }

    private static List<String> dotted(Set<String> internalNames) {
        return internalNames.stream().map(HostApiScanner::dotted).toList();
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    private static boolean isHost(String internalName) {
        return HOST_PACKAGES.stream().anyMatch(internalName::startsWith);
    }

    /** Nested and anonymous classes count as the class they live in, as their source does. */
    private static String topLevel(String internalName) {
        int nested = internalName.indexOf('$');
        return nested < 0 ? internalName : internalName.substring(0, nested);
    }

    /** Sees every type and member reference as ASM's remapper walks the class, and changes nothing. */
    private final class Recorder extends Remapper {
        private final String user;

        Recorder(String user) {
            this.user = user;
        }

        @Override
        public String map(String internalName) {
            if (isHost(internalName)) {
                use("class " + internalName);
            } else if (internalName.startsWith(OURS) && !topLevel(internalName).equals(user)) {
                usesByClass.computeIfAbsent(user, key -> new TreeSet<>()).add(topLevel(internalName));
            }
            return internalName;
        }

        @Override
        public String mapMethodName(String owner, String name, String descriptor) {
            if (isHost(owner)) {
                use("method " + owner + " " + name + " " + descriptor);
            }
            return name;
        }

        @Override
        public String mapFieldName(String owner, String name, String descriptor) {
            if (isHost(owner)) {
                use("field " + owner + " " + name + " " + descriptor);
            }
            return name;
        }

        private void use(String member) {
            usersByMember.computeIfAbsent(member, key -> new TreeSet<>()).add(user);
        }
    }
}
