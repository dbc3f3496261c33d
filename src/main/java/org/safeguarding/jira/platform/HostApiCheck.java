package org.safeguarding.jira.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
 * interfaces, where the JVM would look) has no method or field of that name and descriptor; and it cannot be used as
 * listed when the class is an interface where the bytecode treats it as a class (or the reverse), or the member is
 * static where the bytecode calls it on an object (or the reverse): the JVM would throw
 * {@code IncompatibleClassChangeError} though the name and descriptor match.
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
        Optional<String> wrongShape = wrongShape(owner, member);
        if (wrongShape.isPresent()) {
            return wrongShape;
        }
        return switch (member.kind()) {
            case CLASS -> Optional.empty();
            case METHOD -> method(owner, member.name(), asCompiled.apply(member.descriptor()))
                    .map(modifiers -> wrongStatic(modifiers, owner, member))
                    .orElseGet(() -> Optional.of("this Jira's " + owner.getName() + " has no " + member.readable()));
            case FIELD -> field(owner, member.name(), asCompiled.apply(member.descriptor()))
                    .map(modifiers -> wrongStatic(modifiers, owner, member))
                    .orElseGet(() -> Optional.of("this Jira's " + owner.getName() + " has no field " + member.name()
                            + " of type " + member.descriptor()));
        };
    }

    /** The JVM refuses to call an interface's member as a class's, or to extend an interface, and the reverse. */
    private static Optional<String> wrongShape(Class<?> owner, HostMember member) {
        HostMember.Shape needed = member.use().ownerShape();
        boolean isInterface = owner.isInterface();
        if (needed == HostMember.Shape.EITHER || isInterface == (needed == HostMember.Shape.INTERFACE)) {
            return Optional.empty();
        }
        String is = isInterface ? "an interface" : "a class";
        String as = isInterface ? "a class" : "an interface";
        return Optional.of(member.kind() == HostMember.Kind.CLASS
                ? "this Jira's " + owner.getName() + " is " + is + ", but the app uses it as " + as
                : "this Jira's " + owner.getName() + " is " + is + ", but the app calls " + member.readable()
                + " as " + as + "'s");
    }

    private static Optional<String> wrongStatic(int modifiers, Class<?> owner, HostMember member) {
        boolean isStatic = Modifier.isStatic(modifiers);
        if (member.use().isStatic() == null || isStatic == member.use().isStatic()) {
            return Optional.empty();
        }
        return Optional.of("this Jira's " + owner.getName() + " has " + member.readable() + (isStatic
                ? " as static, but the app calls it on an object" : " not static, but the app calls it as static"));
    }

    /** The modifiers of the method or constructor of that name and descriptor, where the JVM would look for it. */
    private static Optional<Integer> method(Class<?> owner, String name, String descriptor) {
        try {
            if ("<init>".equals(name)) {
                return Arrays.stream(owner.getDeclaredConstructors())
                        .filter(constructor -> descriptor(constructor).equals(descriptor))
                        .map(Constructor::getModifiers).findFirst();
            }
            return lookedIn(owner).stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                    .filter(method -> method.getName().equals(name) && descriptor(method).equals(descriptor))
                    .map(Method::getModifiers).findFirst();
        } catch (LinkageError e) {
            // A parameter type of one of its members is missing: what the plugin calls cannot link either.
            return Optional.empty();
        }
    }

    private static Optional<Integer> field(Class<?> owner, String name, String descriptor) {
        try {
            return lookedIn(owner).stream().flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                    .filter(field -> field.getName().equals(name) && field.getType().descriptorString()
                            .equals(descriptor))
                    .map(Field::getModifiers).findFirst();
        } catch (LinkageError e) {
            return Optional.empty();
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
