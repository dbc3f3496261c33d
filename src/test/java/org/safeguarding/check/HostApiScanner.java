package org.safeguarding.check;

import java.io.ByteArrayInputStream;
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
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.safeguarding.jira.platform.HostApiInventory;
import org.safeguarding.jira.platform.HostMember.Use;

/**
 * Lists every Jira and Atlassian class, method and field the plugin's bytecode references, read from the compiled
 * classes with ASM so the list cannot drift from the code; and which of our classes use which, so the running app
 * can tell which of its parts a missing member would break. The build writes the list into both jars
 * ({@link HostApiInventory#RESOURCE}); the app's self-check resolves it against the running Jira.
 *
 * <p>Lines, sorted: {@code class <owner> <use>}, {@code method <owner> <name> <descriptor> <use>} and
 * {@code field <owner> <name> <descriptor> <use>}, each followed by {@code by <our classes>}, where the use says how
 * the bytecode links to it ({@code interface}, {@code virtual}, {@code static}, {@code implemented}…: see
 * {@link org.safeguarding.jira.platform.HostMember.Use}); and {@code uses <our class>
 * <our classes>}: what each of our classes references of ours, including the classes that implement or extend it,
 * which is how the app's seams reach Jira.
 */
public final class HostApiScanner {
    /** The packages Jira and its platform give the plugin: the ones our stand-ins stand in for. */
    static final List<String> HOST_PACKAGES = List.of("com/atlassian/", "com/opensymphony/", "net/java/ao/",
            "org/ofbiz/");
    private static final String OURS = "org/safeguarding/";

    private final Map<String, Set<String>> usersByClass = new TreeMap<>();
    private final Map<String, Use> classUses = new TreeMap<>();
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

    /**
     * The inventory of the classes under the folder, as the app would read it from its jar: what a test of the
     * self-check uses, so it runs after a plain compile (an IDE's) as well as after the build wrote the list.
     */
    public static HostApiInventory inventoryOf(Path classes) throws IOException {
        return HostApiInventory.read(new ByteArrayInputStream(String.join("\n", scan(classes))
                .getBytes(StandardCharsets.UTF_8)));
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
            if (superName != null && isHost(superName)) {
                useClass(superName, Use.EXTENDED, user);
            }
            for (String implemented : reader.getInterfaces()) {
                if (isHost(implemented)) {
                    useClass(implemented, Use.IMPLEMENTED, user);
                }
            }
            // The remapper sees every type named anywhere, and walks method bodies only when the visitor behind it
            // wants them (a writer does); in front of it, the instructions say how each member is used.
            reader.accept(new HowUsed(new ClassRemapper(new ClassWriter(0), new Recorder(user)), user),
                    ClassReader.SKIP_FRAMES);
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
        usersByClass.forEach((owner, users) -> lines.add("class " + owner + " " + classUses.get(owner).token()
                + " by " + String.join(",", dotted(users))));
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

    private void useClass(String owner, Use use, String user) {
        classUses.merge(owner, use, (known, also) -> stronger(owner, known, also));
        usersByClass.computeIfAbsent(owner, key -> new TreeSet<>()).add(user);
    }

    /** A use that needs a shape says more than a name; two that need different shapes cannot both link. */
    private static Use stronger(String owner, Use known, Use also) {
        if (known == Use.NAMED) {
            return also;
        }
        if (also == Use.NAMED || also.ownerShape() == known.ownerShape()) {
            return known;
        }
        throw new IllegalStateException(owner + " is used both as " + known + " and as " + also);
    }

    private void useMember(String kind, String owner, String name, String descriptor, Use use, String user) {
        usersByMember.computeIfAbsent(kind + " " + owner + " " + name + " " + descriptor + " " + use.token(),
                key -> new TreeSet<>()).add(user);
    }

    /** Sees every type reference as ASM's remapper walks the class, and changes nothing. */
    private final class Recorder extends Remapper {
        private final String user;

        Recorder(String user) {
            this.user = user;
        }

        @Override
        public String map(String internalName) {
            if (isHost(internalName)) {
                useClass(internalName, Use.NAMED, user);
            } else if (internalName.startsWith(OURS) && !topLevel(internalName).equals(user)) {
                usesByClass.computeIfAbsent(user, key -> new TreeSet<>()).add(topLevel(internalName));
            }
            return internalName;
        }
    }

    /**
     * Records each host method and field an instruction uses, with how it uses it: the JVM links an
     * {@code invokeinterface} only to an interface, an {@code invokevirtual} only to a class, a static call only to a
     * static method. Annotation attributes are read by reflection, never linked, so they are not listed.
     */
    private final class HowUsed extends ClassVisitor {
        private final String user;

        HowUsed(ClassVisitor next, String user) {
            super(Opcodes.ASM9, next);
            this.user = user;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                                            boolean isInterface) {
                    if (isHost(owner)) {
                        useMember("method", owner, method, methodDescriptor, methodUse(opcode, isInterface), user);
                    }
                    super.visitMethodInsn(opcode, owner, method, methodDescriptor, isInterface);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    if (isHost(owner)) {
                        useMember("field", owner, field, fieldDescriptor, opcode == Opcodes.GETSTATIC
                                || opcode == Opcodes.PUTSTATIC ? Use.STATIC_FIELD : Use.INSTANCE_FIELD, user);
                    }
                    super.visitFieldInsn(opcode, owner, field, fieldDescriptor);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    if (opcode == Opcodes.NEW && isHost(type)) {
                        useClass(type, Use.INSTANTIATED, user);
                    }
                    super.visitTypeInsn(opcode, type);
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String methodDescriptor, Handle bootstrap,
                                                   Object... arguments) {
                    useHandle(bootstrap);
                    for (Object argument : arguments) {
                        if (argument instanceof Handle handle) {
                            useHandle(handle);
                        }
                    }
                    super.visitInvokeDynamicInsn(method, methodDescriptor, bootstrap, arguments);
                }
            };
        }

        /** A method reference ({@code Issue::getKey}) links as the call it stands for. */
        private void useHandle(Handle handle) {
            if (!isHost(handle.getOwner())) {
                return;
            }
            switch (handle.getTag()) {
                case Opcodes.H_GETFIELD, Opcodes.H_PUTFIELD -> useMember("field", handle.getOwner(),
                        handle.getName(), handle.getDesc(), Use.INSTANCE_FIELD, user);
                case Opcodes.H_GETSTATIC, Opcodes.H_PUTSTATIC -> useMember("field", handle.getOwner(),
                        handle.getName(), handle.getDesc(), Use.STATIC_FIELD, user);
                default -> useMember("method", handle.getOwner(), handle.getName(), handle.getDesc(),
                        methodUse(handleOpcode(handle.getTag()), handle.isInterface()), user);
            }
        }
    }

    private static int handleOpcode(int tag) {
        return switch (tag) {
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            default -> Opcodes.INVOKESPECIAL;
        };
    }

    private static Use methodUse(int opcode, boolean isInterface) {
        return switch (opcode) {
            case Opcodes.INVOKEINTERFACE -> Use.INTERFACE;
            case Opcodes.INVOKESTATIC -> isInterface ? Use.INTERFACE_STATIC : Use.STATIC;
            case Opcodes.INVOKESPECIAL -> isInterface ? Use.INTERFACE_SPECIAL : Use.SPECIAL;
            default -> Use.VIRTUAL;
        };
    }
}
