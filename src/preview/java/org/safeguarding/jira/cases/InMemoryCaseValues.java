package org.safeguarding.jira.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A case's recorded values held in memory, by field key. */
public final class InMemoryCaseValues implements CaseValues {
    private final Map<String, Object> values = new HashMap<>();

    public InMemoryCaseValues with(String fieldKey, Object value) {
        values.put(fieldKey, value);
        return this;
    }

    /** Puts back every value a copy holds, and only those. */
    public void restore(InMemoryCaseValues saved) {
        values.clear();
        values.putAll(saved.values);
    }

    public InMemoryCaseValues copy() {
        InMemoryCaseValues copy = new InMemoryCaseValues();
        copy.values.putAll(values);
        return copy;
    }

    @Override
    public Optional<String> option(String fieldKey) {
        return typed(fieldKey, String.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> options(String fieldKey) {
        return (List<String>) values.getOrDefault(fieldKey, List.of());
    }

    @Override
    public Optional<String> text(String fieldKey) {
        return typed(fieldKey, String.class);
    }

    @Override
    public Optional<LocalDate> date(String fieldKey) {
        return typed(fieldKey, LocalDate.class);
    }

    @Override
    public Optional<LocalDateTime> dateTime(String fieldKey) {
        return typed(fieldKey, LocalDateTime.class);
    }

    private <T> Optional<T> typed(String fieldKey, Class<T> type) {
        return Optional.ofNullable(values.get(fieldKey)).filter(type::isInstance).map(type::cast);
    }
}
