package org.safeguarding.jira.platform.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import org.safeguarding.jira.platform.Texts;

/**
 * Refuses a request body larger than any the app's forms send, before a resource reads it: by its declared length
 * at once, and otherwise by reading at most one byte more than the limit. Every reader is bounded behind it.
 */
@Named
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {
    /** The largest body: a screening with every note at its longest is well under this. */
    public static final int MOST_BYTES = 256 * 1024;

    private final Texts texts;

    @Inject
    public RequestSizeLimit(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MOST_BYTES) {
            request.abortWith(tooLarge());
        } else if (request.getLength() < 0 && request.hasEntity()) {
            // No length declared (sent in chunks): read what the limit allows and one byte more, no further.
            try (InputStream body = request.getEntityStream()) {
                byte[] read = body.readNBytes(MOST_BYTES + 1);
                if (read.length > MOST_BYTES) {
                    request.abortWith(tooLarge());
                } else {
                    request.setEntityStream(new ByteArrayInputStream(read));
                }
            }
        }
    }

    private Response tooLarge() {
        return ErrorsJson.messages(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                List.of(texts.text("safeguarding.error.too-large", MOST_BYTES / 1024)));
    }
}
