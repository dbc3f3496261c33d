package org.safeguarding.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.platform.Texts;

/**
 * Serves the plugin's web resources from its own resources, at the addresses Jira gives them; in the scripts of a web
 * resource with Jira's jsI18n transformer, each {@code AJS.I18n.getText('key')} becomes the text itself, as Jira
 * writes it in.
 */
final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*['\"]([\\w.-]+)['\"]\\s*\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient PluginWebResources webResources;
    private final transient Texts texts;

    DownloadServlet(PluginWebResources webResources, Texts texts) {
        this.webResources = webResources;
        this.texts = texts;
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
            if (keyAndName[1].endsWith(".js") && webResources.translatesScripts(keyAndName[0])) {
                String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                response.getWriter().write(GET_TEXT.matcher(script).replaceAll(call -> Matcher.quoteReplacement(
                        quoted(texts.text(call.group(1))))));
                return;
            }
            in.transferTo(response.getOutputStream());
        }
    }
}
