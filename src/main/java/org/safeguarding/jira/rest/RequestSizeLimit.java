package org.safeguarding.jira.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import org.safeguarding.jira.web.Texts;

/**
 * Refuses a request body larger than any the app's forms send, before it is read into memory: by its declared
 * length at once, and otherwise as soon as reading it passes the limit. Every reader is bounded behind it.
 */
@Named
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {
    /** The largest body: a screening with every note at its longest is well under this. */
    static final int MOST_BYTES = 256 * 1024;

    private final Texts texts;

    @Inject
    public RequestSizeLimit(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MOST_BYTES) {
            request.abortWith(tooLarge());
        } else if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    private Response tooLarge() {
        return ErrorsJson.messages(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                List.of(texts.text("safeguarding.error.too-large", MOST_BYTES / 1024)));
    }

    /** The body, refused once more of it has been read than the limit allows (sent without a declared length). */
    private final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            count(Math.max(count, 0));
            return count;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > MOST_BYTES) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
