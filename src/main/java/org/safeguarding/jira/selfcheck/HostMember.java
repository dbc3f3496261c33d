package org.safeguarding.jira.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One Jira or Atlassian class, method or field the plugin's bytecode uses, as the build listed it: its owner and,
 * for a member, its name and JVM descriptor, with the classes of ours that use it directly.
 */
public record HostMember(Kind kind, String owner, String name, String descriptor, Set<String> users) {
    public enum Kind {
        CLASS,
        METHOD,
        FIELD
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
