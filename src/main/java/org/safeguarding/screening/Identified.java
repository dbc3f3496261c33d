package org.safeguarding.screening;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value with a stable id: the spelling used in JSON, stored settings and i18n keys. Ids never change once
 * shipped, whatever the Java name, because stored cases and saved filters refer to them.
 */
public interface Identified {
    String id();

    /**
     * The i18n key of this value's plain-English label. Enums make it once, with the constant: labels are looked up
     * on every view of a case and every assessment.
     */
    String labelKey();

    /** The constant of an enum with the given id, if there is one: one look-up, however many constants. */
    static <E extends Enum<E> & Identified> Optional<E> byId(Class<E> type, String id) {
        return Optional.ofNullable(type.cast(ConstantsById.of(type).get(id)));
    }

    /** Every id of an enum, for error messages that say what is allowed. */
    static <E extends Enum<E> & Identified> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Identified::id).collect(Collectors.joining(", "));
    }
}
