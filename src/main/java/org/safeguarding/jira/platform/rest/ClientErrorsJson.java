package org.safeguarding.jira.platform.rest;

import java.util.List;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.ClientErrorException;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.safeguarding.jira.platform.Texts;

/**
 * The app's own error shape for what the REST framework refuses before any resource runs: an address the app does not
 * have (404), a method an address does not take (405, keeping the Allow header HTTP requires), an answer in other
 * than JSON (406), a body not sent as JSON (415) and any other request it could not read. Errors the web server
 * answers before the app sees the request (an address too long, 414) keep the server's own shape; docs/api.md says so.
 * A Spring singleton, so it depends on no {@code @Context} field, which Jersey may not inject into it: the message
 * says which methods the address takes, from the refusal itself.
 */
@Named
@Provider
public class ClientErrorsJson implements ExceptionMapper<ClientErrorException> {
    private final Texts texts;

    @Inject
    public ClientErrorsJson(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Response toResponse(ClientErrorException refused) {
        Response original = refused.getResponse();
        return Response.fromResponse(ErrorsJson.messages(original.getStatusInfo(), List.of(message(refused))))
                .allow(original.getAllowedMethods()).build();
    }

    private String message(ClientErrorException refused) {
        if (refused instanceof NotAllowedException) {
            return texts.text("safeguarding.error.method-not-allowed",
                    String.join(", ", new TreeSet<>(refused.getResponse().getAllowedMethods())));
        }
        if (refused instanceof NotFoundException) {
            return texts.text("safeguarding.error.no-such-address");
        }
        if (refused instanceof NotAcceptableException) {
            return texts.text("safeguarding.error.answers-json-only");
        }
        if (refused instanceof NotSupportedException) {
            return texts.text("safeguarding.error.json-only");
        }
        return texts.text("safeguarding.error.unreadable-request");
    }
}
