package org.safeguarding.jira.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.web.Texts;

/** The body of every error response: each problem, with the field it is about where there is one. */
public final class ErrorsJson {
    @JsonProperty
    final List<ErrorJson> errors;

    private ErrorsJson(List<ErrorJson> errors) {
        this.errors = errors;
    }

    /** One problem in words the user can act on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ErrorJson {
        @JsonProperty
        final String field;
        @JsonProperty
        final String message;

        ErrorJson(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }

    /** 400 naming every bad field. */
    static Response badRequest(List<FieldError> problems, Texts texts) {
        List<ErrorJson> errors = problems.stream().map(problem -> new ErrorJson(problem.field(),
                texts.text(problem.messageKey(), problem.arguments().toArray(Serializable[]::new)))).toList();
        return json(Response.Status.BAD_REQUEST, new ErrorsJson(errors));
    }

    /** An error about the request as a whole (not logged in, not allowed, nothing there). */
    static Response status(Response.Status status, String messageKey, Texts texts) {
        return json(status, new ErrorsJson(List.of(new ErrorJson(null, texts.text(messageKey)))));
    }

    /** Errors about the request as a whole, already in words (reasons a plan cannot be carried out, say). */
    static Response messages(Response.Status status, List<String> messages) {
        return json(status, new ErrorsJson(messages.stream().map(message -> new ErrorJson(null, message)).toList()));
    }

    private static Response json(Response.Status status, ErrorsJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
