package org.safeguarding.jira.admin;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;

/**
 * One page of the administration ({@link AdminServlet#PATH}{@code /<id>}): what its part of admin.vm shows. Each page
 * reads only what it shows, so on a large Jira the directory or the projects' schemes cost only where they appear.
 */
public interface AdminArea {
    /** The page's place in the URL and the sidebar, one of {@link AdminServlet#AREAS}. */
    String id();

    Map<String, Object> model(HttpServletRequest request);
}
