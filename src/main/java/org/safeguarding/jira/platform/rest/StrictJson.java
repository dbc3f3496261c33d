package org.safeguarding.jira.platform.rest;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request object that remembers the fields it does not know, instead of ignoring them: a misspelt field
 * would otherwise silently lose an answer. The reader turns each one into an error that names it.
 */
public abstract class StrictJson {
    final List<String> unknownFields = new ArrayList<>();

    @JsonAnySetter
    void unknownField(String name, Object ignored) {
        unknownFields.add(name);
    }
}
