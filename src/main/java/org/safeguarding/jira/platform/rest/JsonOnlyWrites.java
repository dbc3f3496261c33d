package org.safeguarding.jira.platform.rest;

import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import org.safeguarding.jira.platform.Texts;

/**
 * Refuses every write not sent as JSON, with or without a body, before the resource runs. A page on another site can
 * make a signed-in admin's browser send a form or plain text, or a request with no content type at all, without
 * asking first; it cannot send {@code application/json} to another site without the browser asking that site, which
 * Jira does not allow. {@code @Consumes} alone lets a request with no content type, or no body, through. Before
 * matching, so that the answer is this JSON error rather than the container's own empty 415.
 */
@Named
@Provider
@PreMatching
public class JsonOnlyWrites implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Texts texts;

    @Inject
    public JsonOnlyWrites(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType sent = request.getMediaType();
        boolean json = sent != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(sent) && !sent.isWildcardType()
                && !sent.isWildcardSubtype();
        if (!READS.contains(request.getMethod()) && !json) {
            request.abortWith(ErrorsJson.messages(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    List.of(texts.text("safeguarding.error.json-only"))));
        }
    }
}
