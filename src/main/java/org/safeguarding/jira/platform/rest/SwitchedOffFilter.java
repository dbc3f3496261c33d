package org.safeguarding.jira.platform.rest;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SelfCheckWords;
import org.safeguarding.jira.platform.Texts;

/**
 * Answers 503 with the reason, before the resource runs, when the self-check found that this Jira lacks a part of
 * its API the resource could reach: the call is switched off instead of failing halfway, and every other call works.
 */
@Named
@Provider
public class SwitchedOffFilter implements ContainerRequestFilter {
    private final SelfCheck selfCheck;
    private final Texts texts;

    @Inject
    public SwitchedOffFilter(SelfCheck selfCheck, Texts texts) {
        this.selfCheck = selfCheck;
        this.texts = texts;
    }

    /**
     * Runs after matching, so the request knows its resource: read from the request it is given, not from a
     * {@code @Context} field, which Jersey may not inject into a Spring singleton (Atlassian's own REST v2 filters do
     * the same).
     */
    @Override
    public void filter(ContainerRequestContext request) {
        request.getUriInfo().getMatchedResources().stream().findFirst().map(Object::getClass)
                .flatMap(called -> SelfCheckWords.switchedOff(selfCheck.missingFor(called), texts))
                .ifPresent(why -> request.abortWith(ErrorsJson.messages(Response.Status.SERVICE_UNAVAILABLE,
                        List.of(why))));
    }
}
