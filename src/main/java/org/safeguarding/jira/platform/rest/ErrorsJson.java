package org.safeguarding.jira.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.Texts;

/** The body of every error response: each problem, with the field it is about where there is one. */
public final class ErrorsJson {
    public static final int MOST_ERRORS = 20;

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

    /**
     * 400 naming the bad fields: the first {@value #MOST_ERRORS}, then how many more, so that an answer stays a few
     * kilobytes whatever was sent (a request with 200,000 bad items must not cost the server 600 MB to answer).
     */
    public static Response badRequest(List<FieldError> problems, Texts texts) {
        List<ErrorJson> errors = new ArrayList<>(problems.stream().limit(MOST_ERRORS).map(problem ->
                new ErrorJson(problem.field(), texts.text(problem.messageKey(),
                        problem.arguments().toArray(Serializable[]::new)))).toList());
        if (problems.size() > MOST_ERRORS) {
            errors.add(new ErrorJson(null, texts.text("safeguarding.error.and-more", problems.size() - MOST_ERRORS)));
        }
        return json(Response.Status.BAD_REQUEST, new ErrorsJson(errors));
    }

    /** An error about the request as a whole (not logged in, not allowed, nothing there). */
    public static Response status(Response.Status status, String messageKey, Texts texts) {
        return json(status, new ErrorsJson(List.of(new ErrorJson(null, texts.text(messageKey)))));
    }

    /** Errors about the request as a whole, already in words (reasons a plan cannot be carried out, say). */
    public static Response messages(Response.StatusType status, List<String> messages) {
        return json(status, new ErrorsJson(messages.stream().map(message -> new ErrorJson(null, message)).toList()));
    }

    private static Response json(Response.StatusType status, ErrorsJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
