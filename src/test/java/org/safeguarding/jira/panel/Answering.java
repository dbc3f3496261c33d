package org.safeguarding.jira.panel;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * A stand-in for a Jira interface that answers the named methods and refuses every other, as cheaply as a plain
 * object: for what a view reads dozens of times (an issue's fields), where a mocking library's own matching would be
 * most of what a benchmark measured.
 */
final class Answering {
    private Answering() {
    }

    /** The interface answering each named method by its function of the call's arguments (an empty array for none). */
    static <T> T as(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        Object stand = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args == null ? new Object[0] : args);
            }
            return switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> type.getSimpleName() + " stand-in";
                default -> throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
            };
        });
        return type.cast(stand);
    }
}
