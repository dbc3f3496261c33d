package org.safeguarding.screening;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Each {@link Identified} enum's constants by id, made once per enum: a request names dozens of ids and an enum holds
 * up to about a hundred, so finding each by scanning its enum was a large share of checking a request.
 */
final class ConstantsById {
    private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byId = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byId.put(((Identified) constant).id(), constant);
            }
            return Collections.unmodifiableMap(byId);
        }
    };

    private ConstantsById() {
    }

    /** The enum's constants by id; no constant for an id that is none of them, null included. */
    static Map<String, Object> of(Class<?> type) {
        return CONSTANTS.get(type);
    }
}
