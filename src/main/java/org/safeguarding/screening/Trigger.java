package org.safeguarding.screening;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One recorded answer that led to a finding, as field and value ids (the names the REST API uses), so a lead can
 * trace every recommendation back to what the worker recorded.
 *
 * @param field the answer's field id: "immediateDanger", "ageGroup", "question.documents-held", "indicatorsSeen" …
 * @param value the value's id: "yes", "under-18", "ilo.debt-bondage", or "unanswered" for something not recorded
 */
public record Trigger(String field, String value) {
    public static final String UNANSWERED = "unanswered";
    /** Each question's field id, made once: a screening's triggers name them over and over. */
    private static final Map<Question, String> QUESTION_FIELDS = questionFields();

    public static Trigger of(String field, Identified value) {
        return new Trigger(field, value.id());
    }

    public static Trigger of(Question question, Answer answer) {
        return new Trigger(fieldOf(question), answer.id());
    }

    public static Trigger unanswered(String field) {
        return new Trigger(field, UNANSWERED);
    }

    public static String fieldOf(Question question) {
        return QUESTION_FIELDS.get(question);
    }

    private static Map<Question, String> questionFields() {
        Map<Question, String> fields = new EnumMap<>(Question.class);
        for (Question question : Question.values()) {
            fields.put(question, "question." + question.id());
        }
        return Collections.unmodifiableMap(fields);
    }
}
