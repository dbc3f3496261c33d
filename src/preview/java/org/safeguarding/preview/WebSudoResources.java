package org.safeguarding.preview;

import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.util.Map;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * What Jira's REST framework does with a resource marked {@link WebSudoRequired}: until the browser has confirmed its
 * password, the request is refused with 401 before the resource runs. The app's own code never sees it; the preview
 * does it so that "WebSudo expired" can be tested against the real resources.
 */
final class WebSudoResources implements DynamicFeature {
    private final PreviewUser user;

    WebSudoResources(PreviewUser user) {
        this.user = user;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod().isAnnotationPresent(WebSudoRequired.class)
                || resource.getResourceClass().isAnnotationPresent(WebSudoRequired.class)) {
            context.register((ContainerRequestFilter) request -> {
                if (!user.canExecuteRequest(null)) {
                    request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("message", "Confirm your password first (WebSudo).", "status-code", 401))
                            .build());
                }
            });
        }
    }
}
