package org.safeguarding.check;

import java.lang.reflect.Proxy;

/**
 * A stand-in for a Jira or servlet interface from a proxy, for benchmarks: it compiles against Jira's real API as well
 * as the stand-ins (it names only the methods it answers) and costs about what a plain object does per call, where a
 * mocking library's own matching would be most of what is measured. {@code hashCode}, {@code equals} and
 * {@code toString} answer as an object's own.
 */
public final class Answering {
    private Answering() {
    }

    /** What a stand-in answers to a call, by the method's name; its arguments are an empty array for none. */
    @FunctionalInterface
    public interface Answer {
        Object answer(String method, Object[] arguments);
    }

    public static <T> T as(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> type.getSimpleName() + " stand-in";
                    default -> answer.answer(method.getName(), arguments == null ? new Object[0] : arguments);
                }));
    }

    /** An answer to none of the calls: the stand-in is passed but must not be asked anything. */
    public static Answer nothing() {
        return (method, arguments) -> {
            throw new UnsupportedOperationException(method);
        };
    }
}
