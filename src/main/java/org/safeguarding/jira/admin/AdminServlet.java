package org.safeguarding.jira.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.platform.AdminGate;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;

/**
 * The app's administration pages, one short page per area ({@code /plugins/servlet/safeguarding/admin/<area>}, each
 * linked from Jira's administration sidebar after Get started, the descriptor's configure.url): settings, projects,
 * the safeguarding plan, the directory of helplines, its translations, the access log and retention, and Jira
 * (set-up and self-check). Anonymous users are sent to log in, non-administrators get 403, and administrators must
 * pass WebSudo (re-enter their password) before a page renders: the pages lead to special-category personal data.
 * This servlet is that one gate and the sidebar; what each page shows comes from its {@link AdminArea}. The forms
 * (js/safeguarding-admin.js) change things through the REST API.
 */
@Named
public class AdminServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/admin";
    /** The administration's areas, one short page each ({@code PATH + "/" + area}), in the sidebar's order. */
    public static final List<String> AREAS = List.of("settings", "projects", "plan", "directory", "translations",
            "records", "jira");
    static final String TEMPLATE = "templates/admin/admin.vm";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient PageTemplates pages;
    private final transient Map<String, AdminArea> areas;
    private final transient Texts texts;

    /** Spring gives every {@link AdminArea} bean; each of {@link #AREAS} must be among them, once. */
    @Inject
    public AdminServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
                        PageTemplates pages, List<AdminArea> areas, Texts texts) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.pages = pages;
        this.areas = areas.stream().collect(Collectors.toUnmodifiableMap(AdminArea::id, Function.identity()));
        if (!this.areas.keySet().equals(Set.copyOf(AREAS))) {
            throw new IllegalArgumentException("the administration's pages are " + AREAS + ", but its areas are "
                    + this.areas.keySet());
        }
        this.texts = texts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!AdminGate.passes(request, response, userManager, loginUriProvider, webSudoManager)) {
            return;
        }
        String id = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
        if (id.isEmpty()) {
            // The single page of earlier builds is now Get started and one page per area.
            response.sendRedirect(request.getContextPath() + GetStartedServlet.PATH);
            return;
        }
        AdminArea area = areas.get(id);
        if (area == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> context = new HashMap<>(Map.of("jiraLine", jiraLine(), "area", id,
                "title", texts.text("safeguarding.admin.area." + id),
                "areas", areaLinks(request.getContextPath(), id, texts)));
        context.putAll(area.model(request));
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.ADMIN, context, response.getWriter());
    }

    /** The link to Get started and to each area's page, in the sidebar's order, the current one marked. */
    static List<Map<String, Object>> areaLinks(String contextPath, String current, Texts texts) {
        return Stream.concat(Stream.of(Map.<String, Object>of("id", GetStartedServlet.AREA,
                        "url", contextPath + GetStartedServlet.PATH, "title", texts.text("safeguarding.checklist.link"),
                        "current", GetStartedServlet.AREA.equals(current))),
                AREAS.stream().map(each -> Map.<String, Object>of("id", each, "url", contextPath + PATH + "/" + each,
                        "title", texts.text("safeguarding.admin.area." + each), "current", each.equals(current))))
                .toList();
    }

    /**
     * Which Jira line this build is for, so an admin can tell whether the right jar is installed. The jira11 jar is
     * this class with {@code javax.servlet} renamed to {@code jakarta.servlet}, which the superclass name shows.
     */
    static String jiraLine() {
        return HttpServlet.class.getName().startsWith("jakarta.") ? "11.3" : "10.3";
    }
}
