package org.safeguarding.jira.platform.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.screening.Identified;

/**
 * Reads a JSON request body field by field, collecting every error instead of stopping at the first, so a client
 * can correct them all at once; each error names its field by its JSON path. The body is parsed here rather than by
 * the REST framework so that JSON that does not parse, or has a value of the wrong kind, gets the same answer.
 */
public abstract class JsonFields {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How much of a value the client sent an error repeats: enough to find it, never the whole of a huge one. */
    private static final int SHOWN_LENGTH = 60;

    public final List<FieldError> errors = new ArrayList<>();

    /** The parsed body, or why there is none. */
    public record Parsed<T>(T json, List<FieldError> errors) {
    }

    public static <T> Parsed<T> parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return failed(FieldError.of(null, "safeguarding.error.no-body"));
        }
        try {
            T json = JSON.readValue(body, type);
            return json == null ? failed(FieldError.of(null, "safeguarding.error.no-body"))
                    : new Parsed<>(json, List.of());
        } catch (JsonMappingException e) {
            return e.getPath().isEmpty() ? failed(FieldError.of(null, "safeguarding.error.no-body"))
                    : failed(FieldError.of(path(e), "safeguarding.error.wrong-kind"));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            // Jackson gives no position for what it refuses by size (a name or value beyond its limits): then the
            // message names none rather than "line 0, column 0", which no editor can find.
            return failed(where == null || where.getLineNr() <= 0
                    ? FieldError.of(null, "safeguarding.error.not-json-or-too-long")
                    : FieldError.of(null, "safeguarding.error.not-json", where.getLineNr(), where.getColumnNr()));
        }
    }

    private static <T> Parsed<T> failed(FieldError error) {
        return new Parsed<>(null, List.of(error));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
    }

    protected void unknown(String prefix, StrictJson json) {
        json.unknownFields.forEach(field ->
                errors.add(FieldError.of(prefix + field, "safeguarding.error.unknown-field")));
    }

    protected <E extends Enum<E> & Identified> E value(String field, String id, Class<E> type) {
        if (id == null) {
            return null;
        }
        Optional<E> value = Identified.byId(type, id);
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, "safeguarding.error.not-one-of", shown(id), Identified.ids(type)));
        }
        return value.orElse(null);
    }

    /**
     * A list of allowed values: never longer than the values there are, and the allowed ones named once, however
     * many items are wrong, so that an error is never much larger than the request's honest size.
     */
    protected <E extends Enum<E> & Identified> Set<E> values(String field, List<String> ids, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (ids == null) {
            return values;
        }
        int distinct = type.getEnumConstants().length;
        if (ids.size() > distinct) {
            errors.add(FieldError.of(field, "safeguarding.error.too-many-items", ids.size(), distinct));
            return values;
        }
        boolean allowedNamed = false;
        for (int i = 0; i < ids.size(); i++) {
            String item = field + "[" + i + "]";
            String id = ids.get(i);
            Optional<E> value = id == null ? Optional.empty() : Identified.byId(type, id);
            if (value.isPresent()) {
                values.add(value.get());
            } else if (id == null) {
                errors.add(FieldError.of(item, "safeguarding.error.empty-item"));
            } else if (allowedNamed) {
                errors.add(FieldError.of(item, "safeguarding.error.not-allowed-either", shown(id)));
            } else {
                errors.add(FieldError.of(item, "safeguarding.error.not-one-of", shown(id), Identified.ids(type)));
                allowedNamed = true;
            }
        }
        return values;
    }

    /** A value the client sent, as an error repeats it: its start only, when it is long. */
    public static String shown(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "…";
    }

    /** A day as ISO year-month-day, {@code 2026-11-28}; whether it is a sensible one is for the rules that use it. */
    protected LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "safeguarding.error.not-a-date", shown(value)));
            return null;
        }
    }

    protected String text(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(FieldError.of(field, "safeguarding.error.too-long", maxLength));
            return null;
        }
        return value;
    }
}
