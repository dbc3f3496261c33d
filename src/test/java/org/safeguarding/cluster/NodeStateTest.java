package org.safeguarding.cluster;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * No component keeps state that another node of the cluster cannot see, but for what is listed here with its reason.
 * State is a field that is not final, is volatile, or is made a mutable collection or atomic holder when the object is
 * made; the scan follows the app's own helper classes a component holds. Constants (static final) are not state.
 */
public class NodeStateTest {
    /** Each field that may differ from node to node, and why that is right. */
    private static final Map<String, String> NODE_STATE = Map.of(
            "org.safeguarding.jira.cases.AccessRecorder.lastViews",
            "a view is recorded once per person, case and node in ten minutes (docs/data-protection.md)",
            "org.safeguarding.jira.platform.SelfCheck.missingByPart",
            "each node checks the Jira classes it runs with, which a rolling upgrade may make differ",
            "org.safeguarding.jira.platform.SelfCheck.latest",
            "each node checks the Jira classes it runs with, which a rolling upgrade may make differ",
            "org.safeguarding.jira.panel.KeptFragments.kept",
            "HTML rendered from the cluster-wide directory, dropped when any node changes it",
            "org.safeguarding.jira.platform.PageLinkCondition.page",
            "set from the descriptor when Jira makes the condition, the same on every node");
    private static final String COMPONENTS = "/META-INF/plugin-components/component";
    private static final Set<String> MUTABLE = Set.of("java/util/HashMap", "java/util/LinkedHashMap",
            "java/util/TreeMap", "java/util/ArrayList", "java/util/LinkedList", "java/util/HashSet",
            "java/util/LinkedHashSet", "java/util/TreeSet", "java/util/concurrent/ConcurrentHashMap",
            "java/util/concurrent/CopyOnWriteArrayList", "java/util/concurrent/atomic/AtomicReference",
            "java/util/concurrent/atomic/AtomicInteger", "java/util/concurrent/atomic/AtomicLong");

    @Test
    public void components_shouldKeepNoStateOtherNodesCannotSeeButWhatIsListed() throws Exception {
        Set<String> found = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (String name : components()) {
            scan(Class.forName(name), seen, found);
        }
        assertThat(found, is(new TreeSet<>(NODE_STATE.keySet())));
    }

    @Test
    public void scan_shouldFindAFieldMadeAMutableMapAndOneThatIsNotFinal() throws Exception {
        Set<String> found = new TreeSet<>();

        scan(Planted.class, new HashSet<>(), found);

        assertThat(found, is(Set.of(Planted.class.getName() + ".counts", Planted.class.getName() + ".last")));
    }

    /** A component that keeps what it was told on this node alone. */
    @SuppressWarnings("unused")
    private static final class Planted {
        private static final String CONSTANT = "fine";
        private final Map<String, Integer> counts = new java.util.HashMap<>();
        private final Set<String> given;
        private String last;

        Planted(Set<String> given) {
            this.given = given;
        }
    }

    private static Set<String> components() throws IOException {
        try (InputStream index = NodeStateTest.class.getResourceAsStream(COMPONENTS)) {
            return new TreeSet<>(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(line -> !line.isEmpty()).toList());
        }
    }

    private static void scan(Class<?> type, Set<Class<?>> seen, Set<String> found) throws IOException {
        if (!seen.add(type) || !type.getName().startsWith("org.safeguarding.")) {
            return;
        }
        Set<String> madeMutable = madeMutable(type);
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.isSynthetic() || (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers))) {
                continue;
            }
            if (!Modifier.isFinal(modifiers) || Modifier.isVolatile(modifiers)
                    || madeMutable.contains(field.getName())) {
                found.add(type.getName() + "." + field.getName());
            } else if (!field.getType().isInterface() && !field.getType().isRecord()) {
                scan(field.getType(), seen, found);
            }
        }
    }

    /** The fields its constructors set to a new mutable collection or holder. */
    private static Set<String> madeMutable(Class<?> type) throws IOException {
        Set<String> fields = new HashSet<>();
        String owner = type.getName().replace('.', '/');
        try (InputStream bytes = type.getResourceAsStream("/" + owner + ".class")) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    if (!name.equals("<init>")) {
                        return null;
                    }
                    // NEW x ... x.<init> then PUTFIELD: the field holds the new object itself, not something made
                    // from it (Collections.unmodifiableMap(new HashMap<>(given)) is not state).
                    return new MethodVisitor(Opcodes.ASM9) {
                        private String made;
                        private boolean constructed;

                        @Override
                        public void visitTypeInsn(int opcode, String typeName) {
                            if (opcode == Opcodes.NEW) {
                                made = typeName;
                                constructed = false;
                            }
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String methodOwner, String name, String desc,
                                                    boolean isInterface) {
                            if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")
                                    && methodOwner.equals(made)) {
                                constructed = true;
                            } else if (constructed) {
                                made = null;
                            }
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String fieldOwner, String fieldName, String desc) {
                            if (opcode == Opcodes.PUTFIELD && fieldOwner.equals(owner) && constructed
                                    && made != null && MUTABLE.contains(made)) {
                                fields.add(fieldName);
                            }
                            made = null;
                            constructed = false;
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        }
        return fields;
    }
}
