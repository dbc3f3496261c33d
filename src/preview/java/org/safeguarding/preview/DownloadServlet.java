package org.safeguarding.preview;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves the plugin's web resources from its own resources, at the addresses Jira gives them. */
final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PluginWebResources webResources;

    DownloadServlet(PluginWebResources webResources) {
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] keyAndName = String.valueOf(request.getPathInfo()).replaceFirst("^/", "").split("/", 2);
        Optional<String> location = keyAndName.length == 2 ? webResources.location(keyAndName[0], keyAndName[1])
                : Optional.empty();
        if (location.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = DownloadServlet.class.getResourceAsStream("/" + location.get())) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(getServletContext().getMimeType(keyAndName[1]) + ";charset=UTF-8");
            in.transferTo(response.getOutputStream());
        }
    }
}
