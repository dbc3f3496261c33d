package org.safeguarding.jira.selfcheck;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Resolves each listed member against the classes a class loader sees, by reflection only: nothing is invoked and no
 * class is initialised. A member is missing when its class cannot be loaded, or the class (with its superclasses and
 * interfaces, where the JVM would look) has no method or field of that name and descriptor.
 */
public final class HostApiCheck {
    private HostApiCheck() {
    }

    /** A member this Jira lacks, and in words what is wrong. */
    public record Missing(HostMember member, String problem) {
    }

    /**
     * @param asCompiled renames a descriptor's types from how the build compiled them to how this bundle sees them
     *                   (the jira11 jar's classes say {@code jakarta} where the list says {@code javax})
     */
    public static List<Missing> missing(List<HostMember> members, ClassLoader loader, UnaryOperator<String> asCompiled) {
        List<Missing> missing = new ArrayList<>();
        for (HostMember member : members) {
            problem(member, loader, asCompiled).ifPresent(problem -> missing.add(new Missing(member, problem)));
        }
        return missing;
    }

    private static Optional<String> problem(HostMember member, ClassLoader loader, UnaryOperator<String> asCompiled) {
        Class<?> owner;
        try {
            owner = Class.forName(member.owner().replace('/', '.'), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("this Jira has no class " + member.owner().replace('/', '.'));
        }
        return switch (member.kind()) {
            case CLASS -> Optional.empty();
            case METHOD -> hasMethod(owner, member.name(), asCompiled.apply(member.descriptor())) ? Optional.empty()
                    : Optional.of("this Jira's " + owner.getName() + " has no " + member.readable());
            case FIELD -> hasField(owner, member.name(), asCompiled.apply(member.descriptor())) ? Optional.empty()
                    : Optional.of("this Jira's " + owner.getName() + " has no field " + member.name() + " of type "
                    + member.descriptor());
        };
    }

    private static boolean hasMethod(Class<?> owner, String name, String descriptor) {
        try {
            if ("<init>".equals(name)) {
                return Arrays.stream(owner.getDeclaredConstructors()).map(HostApiCheck::descriptor)
                        .anyMatch(descriptor::equals);
            }
            return lookedIn(owner).stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                    .anyMatch(method -> method.getName().equals(name) && descriptor(method).equals(descriptor));
        } catch (LinkageError e) {
            // A parameter type of one of its members is missing: what the plugin calls cannot link either.
            return false;
        }
    }

    private static boolean hasField(Class<?> owner, String name, String descriptor) {
        try {
            return lookedIn(owner).stream().flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                    .anyMatch(field -> field.getName().equals(name) && field.getType().descriptorString()
                            .equals(descriptor));
        } catch (LinkageError e) {
            return false;
        }
    }

    /** The class, its superclasses and every interface they have: where the JVM resolves a member. */
    private static List<Class<?>> lookedIn(Class<?> owner) {
        List<Class<?>> types = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(owner));
        while (!next.isEmpty()) {
            Class<?> type = next.pop();
            if (seen.add(type)) {
                types.add(type);
                if (type.getSuperclass() != null) {
                    next.add(type.getSuperclass());
                }
                next.addAll(List.of(type.getInterfaces()));
            }
        }
        return types;
    }

    private static String descriptor(Method method) {
        return parameters(method.getParameterTypes()) + method.getReturnType().descriptorString();
    }

    private static String descriptor(Constructor<?> constructor) {
        return parameters(constructor.getParameterTypes()) + "V";
    }

    private static String parameters(Class<?>[] types) {
        return Arrays.stream(types).map(Class::descriptorString).collect(Collectors.joining("", "(", ")"));
    }
}
