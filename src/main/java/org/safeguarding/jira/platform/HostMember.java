package org.safeguarding.jira.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One Jira or Atlassian class, method or field the plugin's bytecode uses, as the build listed it: its owner and,
 * for a member, its name and JVM descriptor; how the bytecode uses it, which the JVM holds it to; and the classes of
 * ours that use it directly.
 */
public record HostMember(Kind kind, String owner, String name, String descriptor, Use use, Set<String> users) {
    public enum Kind {
        CLASS,
        METHOD,
        FIELD
    }

    /** What the owner must be for the use to link: the JVM refuses an interface called as a class, and the reverse. */
    public enum Shape {
        INTERFACE,
        CLASS,
        EITHER
    }

    /**
     * How the bytecode uses a class or member. A use that names a shape or static-ness fails with an
     * {@code IncompatibleClassChangeError} on a Jira whose type differs, even when the name and descriptor match.
     */
    public enum Use {
        /** Only named (a parameter, a cast, a constant): any kind of type links. */
        NAMED(Shape.EITHER, null),
        EXTENDED(Shape.CLASS, null),
        IMPLEMENTED(Shape.INTERFACE, null),
        INSTANTIATED(Shape.CLASS, null),
        VIRTUAL(Shape.CLASS, false),
        INTERFACE(Shape.INTERFACE, false),
        STATIC(Shape.CLASS, true),
        INTERFACE_STATIC(Shape.INTERFACE, true),
        /** A constructor, or a superclass's method called with {@code super.}. */
        SPECIAL(Shape.CLASS, false),
        INTERFACE_SPECIAL(Shape.INTERFACE, false),
        STATIC_FIELD(Shape.EITHER, true),
        INSTANCE_FIELD(Shape.EITHER, false);

        private final Shape ownerShape;
        private final Boolean isStatic;

        Use(Shape ownerShape, Boolean isStatic) {
            this.ownerShape = ownerShape;
            this.isStatic = isStatic;
        }

        public Shape ownerShape() {
            return ownerShape;
        }

        /** Whether the member must be static; null for a class. */
        public Boolean isStatic() {
            return isStatic;
        }

        /** As the build's list writes it: {@code interface-static}. */
        public String token() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** @throws IllegalArgumentException for a word that is no use */
        public static Use ofToken(String token) {
            return valueOf(token.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public HostMember {
        users = Set.copyOf(users);
    }

    /** As a Java developer would write it: {@code IssueManager.updateIssue(ApplicationUser, MutableIssue)}. */
    public String readable() {
        String type = simpleName(owner);
        return switch (kind) {
            case CLASS -> owner.replace('/', '.').replace('$', '.');
            case FIELD -> type + "." + name;
            case METHOD -> type + "." + ("<init>".equals(name) ? "new " + type : name) + "("
                    + String.join(", ", parameterNames(descriptor)) + ")";
        };
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).replace('$', '.');
    }

    /** The simple names of a method descriptor's parameter types. */
    private static List<String> parameterNames(String descriptor) {
        List<String> names = new ArrayList<>();
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            int dimensions = 0;
            while (descriptor.charAt(i) == '[') {
                dimensions++;
                i++;
            }
            String name;
            if (descriptor.charAt(i) == 'L') {
                int end = descriptor.indexOf(';', i);
                name = simpleName(descriptor.substring(i + 1, end));
                i = end + 1;
            } else {
                name = primitive(descriptor.charAt(i));
                i++;
            }
            names.add(name + "[]".repeat(dimensions));
        }
        return names;
    }

    private static String primitive(char code) {
        return switch (code) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            default -> throw new IllegalArgumentException("not a JVM type code: " + code);
        };
    }
}
